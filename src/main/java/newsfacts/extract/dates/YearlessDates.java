package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;

/**
 * Dates the text gives without a year, anchored to the publication date. A weekday is the latest
 * one on or before it ("met on Monday"; TimeBank: 321 of 341 weekdays) unless the sentence speaks
 * of the future ("will meet on Monday", "planned to meet on Monday"): then the first on or after
 * it ({@link WeekAnchors}). A month, a day of a month, a quarter or a season takes the publication
 * year, the year before when it would start more than a quarter after the publication date, and the
 * year after in a future or intended sentence when it has already ended ("will open in January",
 * "are expected to join in April" in November), or in a sentence with no tense of its own when the
 * next one starts within a quarter ("payable Jan. 2", "effective in January" in November: a
 * deadline, not last January). After "since" it is the latest one begun by the publication date.
 */
final class YearlessDates {
  /**
   * A year in digits, or spelled as it is spoken ("nineteen ninety-seven", "twenty ten", "two
   * thousand one"): a transcript writes "January nineteen ninety-seven", whose year is no guess.
   */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?i)\\d{4}|'\\d{2}\\b|\\b(eighteen|nineteen|twenty)[ -](oh|ten|eleven"
      + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
      + "|hundred)\\b|\\btwo thousand\\b");
  /**
   * How far after the publication date a year-less date may lie and stay in the publication year
   * when the sentence does not speak of the future: news mentions deadlines and dates set
   * ("payable Dec. 15", "talks resume in January" in an article of November), rarely more than a
   * quarter ahead; "in October" in an article of March is last October. On the TempEval-3
   * training data this reading gives the gold year for 233 of 257 year-less months and days, the
   * publication year alone 198.
   */
  static final int AHEAD_DAYS = 90;
  /** "since May", "since the winter": the period began before the publication date. */
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(the\\s+)?$");
  private final DateWords words;
  private final Holidays holidays;
  private final TimexWording wording;

  YearlessDates(DateWords words) {
    this.words = words;
    this.holidays = new Holidays(words);
    this.wording = new TimexWording(words);
  }

  Timex anchor(AnnotatedArticle doc, Timex t) {
    if (!doc.docDate().isFullDate() || WRITTEN_YEAR.matcher(t.text()).find()) {
      return t;
    }
    LocalDate published = LocalDate.parse(doc.docDate().value());
    Sentence sentence = doc.sentences().get(t.sentence());
    ForwardPhrases.Reading reading = ForwardPhrases.of(doc, t, words);
    if (reading == ForwardPhrases.Reading.NEARER) {
      Timex ahead = anchor(doc, t, published, Tense.FUTURE);
      Timex back = anchor(doc, t, published, Tense.PAST);
      return distance(back, published) < distance(ahead, published) ? back : ahead;
    }
    Tense tense = wording.isProspective(doc.text(), t) || Deadlines.isSet(sentence, t.span(), words)
        || reading == ForwardPhrases.Reading.AHEAD ? Tense.FUTURE : Tense.of(sentence, t.span(), words);
    return anchor(doc, t, published, tense);
  }

  /** Days from the publication date to the start of the expression's day or period. */
  private static long distance(Timex t, LocalDate published) {
    Optional<LocalDate> start = DayValue.parse(t.value()).map(DayValue::date)
        .or(() -> YearPeriod.parse(t.value()).map(p -> p.start(p.year())));
    return start.map(d -> Math.abs(ChronoUnit.DAYS.between(published, d))).orElse(Long.MAX_VALUE);
  }

  private Timex anchor(AnnotatedArticle doc, Timex t, LocalDate published, Tense tense) {
    Sentence sentence = doc.sentences().get(t.sentence());
    if (wording.isWeekday(t.text())) {
      return WeekAnchors.weekday(t, published, tense);
    }
    if (holidays.isHoliday(t)) {
      return holidays.anchor(t, published, tense.looksAhead());
    }
    if (WeekAnchors.isWeekend(t)) {
      return WeekAnchors.weekend(t, published, tense);
    }
    if (wording.namesWeekday(t.text())) {
      return t;
    }
    Optional<YearPeriod> period = YearPeriod.parse(t.value());
    if (period.isEmpty() || !wording.namesCalendarPeriod(t.text()) || wording.hasMarker(t.text())
        || Math.abs(period.get().year() - published.getYear()) > 1) {
      return t;
    }
    if (SINCE.matcher(doc.text().substring(Math.max(0, t.span().begin() - 12), t.span().begin())).find()) {
      int year = published.getYear();
      return t.withValue(period.get().valueIn(period.get().start(year).isAfter(published) ? year - 1 : year));
    }
    return t.withValue(period.get().valueIn(yearOf(period.get(), t, sentence, published, tense)));
  }

  /** The year a month, quarter, half or season of the publication year or either next to it falls in. */
  private int yearOf(YearPeriod period, Timex t, Sentence sentence, LocalDate published, Tense tense) {
    int year = published.getYear();
    boolean ahead = tense.looksAhead() && period.hasPassed(year, published)
        || tense == Tense.PURPOSE && period.endedLongAgo(year, published)
        && !Tense.purposeOfPast(sentence, t.span(), words);
    boolean last = wording.saysLast(t.text());
    if (wording.saysThis(t.text()) && !ahead) {
      return year;
    } else if (ahead) {
      return year + 1;
    } else if (!tense.looksAhead() && tense != Tense.PURPOSE
        && (period.start(year).isAfter(published.plusDays(last ? 0 : AHEAD_DAYS)) || last && period.isRecentMonth(year, published))) {
      return year - 1;
    } else if (tense == Tense.NONE && !last && !period.start(year + 1).isAfter(published.plusDays(AHEAD_DAYS))) {
      return year + 1;
    }
    return year;
  }
}
