package newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Dates the text gives without a year, anchored to the publication date. A weekday is the latest
 * one on or before it ("met on Monday"; TimeBank: 321 of 341 weekdays) unless the sentence speaks
 * of the future ("will meet on Monday", "planned to meet on Monday"): then the first on or after
 * it. A month, a day of a month, a quarter or a season takes the publication year, the year
 * before when it would start more than a quarter after the publication date, and the year after
 * in a future or intended sentence when it has already ended ("will open in January", "are
 * expected to join in April" in November), or in a
 * sentence with no tense of its own when the next one starts within a quarter ("payable Jan. 2",
 * "effective in January" in November: a deadline, not last January).
 */
final class YearlessDates {
  /** A value with a year and a month, quarter, half or season, and anything after. */
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(.*)");
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");
  /**
   * How far after the publication date a year-less date may lie and stay in the publication year
   * when the sentence does not speak of the future: news mentions deadlines and dates set
   * ("payable Dec. 15", "talks resume in January" in an article of November), rarely more than a
   * quarter ahead; "in October" in an article of March is last October. On the TempEval-3
   * training data this reading gives the gold year for 233 of 257 year-less months and days, the
   * publication year alone 198.
   */
  static final int AHEAD_DAYS = 90;
  private final DateWords words;
  private final Holidays holidays;
  private final Set<String> futureWords;

  YearlessDates(DateWords words) {
    this.words = words;
    this.futureWords = words.futureMarkers();
    this.holidays = new Holidays(words);
  }

  Timex anchor(AnnotatedArticle doc, Timex t) {
    if (!doc.docDate().isFullDate() || WRITTEN_YEAR.matcher(t.text()).find()) {
      return t;
    }
    LocalDate published = LocalDate.parse(doc.docDate().value());
    Sentence sentence = doc.sentences().get(t.sentence());
    Tense tense = isProspective(doc.text(), t) || Deadlines.isSet(sentence, t.span(), words)
        ? Tense.FUTURE : Tense.of(sentence, t.span(), words);
    if (isWeekday(t.text())) {
      return weekday(t, published, tense);
    }
    if (holidays.isHoliday(t)) {
      return holidays.anchor(t, published, tense == Tense.FUTURE || tense == Tense.INTENDED);
    }
    Matcher weekend = WEEKEND.matcher(t.value());
    if (weekend.matches()) {
      return weekend(t, weekend, published, tense);
    }
    if (namesWeekday(t.text())) {
      return t;
    }
    Matcher m = PERIOD.matcher(t.value());
    if (!m.matches() || !namesCalendarPeriod(t.text()) || hasMarker(t.text())
        || Math.abs(Integer.parseInt(m.group(1)) - published.getYear()) > 1) {
      return t;
    }
    int year = published.getYear();
    boolean ahead = (tense == Tense.FUTURE || tense == Tense.INTENDED) && hasPassed(year, m, published)
        || tense == Tense.PURPOSE && endedLongAgo(year, m, published)
        && !Tense.purposeOfPast(sentence, t.span(), words);
    if (saysThis(t.text()) && !ahead) {
      return t.withValue(year + "-" + m.group(2) + m.group(3));
    } else if (ahead) {
      year++;
    } else if (tense != Tense.FUTURE && tense != Tense.INTENDED && tense != Tense.PURPOSE
        && start(year, m.group(2), m.group(3)).isAfter(published.plusDays(saysLast(t.text()) ? 0 : AHEAD_DAYS))) {
      year--;
    } else if (tense == Tense.NONE && !saysLast(t.text())
        && !start(year + 1, m.group(2), m.group(3)).isAfter(published.plusDays(AHEAD_DAYS))) {
      year++;
    }
    return t.withValue(year + "-" + m.group(2) + m.group(3));
  }

  /** A weekday in the direction of the tense; "Friday morning" is a DATE (TimeBank), its value keeps TMO. */
  private Timex weekday(Timex t, LocalDate published, Tense tense) {
    Matcher m = FULL_DATE.matcher(t.value());
    if (!m.matches()) {
      return t;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (java.time.DateTimeException e) {
      return t; // a value no calendar has ("2019-02-30") is left as the annotator wrote it
    }
    while (tense != Tense.FUTURE && tense != Tense.INTENDED && date.isAfter(published)) {
      date = date.minusWeeks(1);
    }
    while ((tense == Tense.FUTURE || tense == Tense.INTENDED) && date.isBefore(published)) {
      date = date.plusWeeks(1);
    }
    String partOfDay = m.group(2) == null ? "" : m.group(2);
    TimexType type = partOfDay.matches("T[A-Z]{2}") ? TimexType.DATE : t.type();
    return t.withType(type, date + partOfDay);
  }

  /** "could leave as early as Tuesday": a phrase of prospective-phrases.txt right before the expression. */
  private boolean isProspective(String text, Timex t) {
    String before = text.substring(Math.max(0, t.span().begin() - 30), t.span().begin())
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return words.prospectivePhrases().stream().anyMatch(p -> before.endsWith(p + " "));
  }

  /**
   * "over the weekend" in past narrative is the latest weekend begun on or before the publication
   * date, as a weekday is ("2019-W10-WE" for an article of Monday 2019-03-11), and ahead after "will".
   */
  private static Timex weekend(Timex t, Matcher m, LocalDate published, Tense tense) {
    LocalDate saturday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.SATURDAY);
    boolean ahead = tense == Tense.FUTURE || tense == Tense.INTENDED;
    while (!ahead && saturday.isAfter(published)) {
      saturday = saturday.minusWeeks(1);
    }
    while (ahead && saturday.plusDays(1).isBefore(published)) {
      saturday = saturday.plusWeeks(1);
    }
    return t.withValue(String.format(Locale.ROOT, "%d-W%02d-WE",
        saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  /**
   * "last spring", "next quarter": the annotator's own reading of the marker stands; "last April"
   * is the latest April, which the tense (PAST) gives.
   */
  private boolean hasMarker(String text) {
    String[] parts = text.toLowerCase(Locale.ROOT).split("[^a-z]+");
    if (Arrays.stream(parts).anyMatch(words.calendarMonths()::containsKey)) {
      return false;
    }
    for (String word : parts) {
      if (words.pastMarkers().contains(word) || futureWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "Monday", "Friday night": a weekday and no month ("Monday, Oct. 26" is fixed by both). */
  /** "last April": the latest April, never one after the publication date. */
  private boolean saysLast(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+")).anyMatch(words.pastMarkers()::contains);
  }

  /** "this September", "this spring": the publication year's, whichever way the sentence looks. */
  private boolean saysThis(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
        .anyMatch(w -> "0".equals(words.deicticOffsets().get(w)));
  }

  private boolean isWeekday(String text) {
    return namesWeekday(text) && !namesCalendarPeriod(text);
  }

  private boolean namesWeekday(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return words.weekdayNames().stream().anyMatch(lower::contains);
  }

  private boolean namesCalendarPeriod(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (words.calendarMonths().containsKey(word) || words.calendarPeriods().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A month or day that has ended before the publication date; a quarter, half or season only when
   * it ended more than a quarter before: "will report earnings for the third quarter" in October is
   * the quarter just ended, "will reopen in February" in March next February.
   */
  private static boolean hasPassed(int year, Matcher m, LocalDate published) {
    LocalDate by = m.group(2).matches("\\d{2}") ? published : published.minusDays(AHEAD_DAYS);
    return end(year, m.group(2), m.group(3)).isBefore(by);
  }

  /**
   * An infinitive speaks of what is not yet done ("a plan to repay the loan by March", "an agreement
   * to buy the unit in January" in an article of November): a month it names that ended more than a
   * quarter ago is the coming one; one just ended may still be meant ("allowed to inspect since Jan. 3"
   * in February).
   */
  private static boolean endedLongAgo(int year, Matcher m, LocalDate published) {
    return end(year, m.group(2), m.group(3)).isBefore(published.minusDays(AHEAD_DAYS));
  }

  /** First day of the period: month "10", quarter "Q3", half "H1", season "SU"; a day after a month. */
  private static LocalDate start(int year, String period, String rest) {
    if (period.matches("\\d{2}")) {
      int day = rest.matches("-\\d{2}.*") ? Integer.parseInt(rest.substring(1, 3)) : 1;
      return LocalDate.of(year, Integer.parseInt(period), 1).plusDays(day - 1L);
    }
    return switch (period) {
      case "Q1", "H1" -> LocalDate.of(year, 1, 1);
      case "Q2" -> LocalDate.of(year, 4, 1);
      case "Q3", "H2" -> LocalDate.of(year, 7, 1);
      case "Q4" -> LocalDate.of(year, 10, 1);
      case "SP" -> LocalDate.of(year, 3, 1);
      case "SU" -> LocalDate.of(year, 6, 1);
      case "FA" -> LocalDate.of(year, 9, 1);
      default -> LocalDate.of(year, 12, 1);
    };
  }

  private static LocalDate end(int year, String period, String rest) {
    if (period.matches("\\d{2}") && rest.matches("-\\d{2}.*")) {
      return start(year, period, rest);
    }
    int months = period.startsWith("H") ? 6 : 3;
    months = period.matches("\\d{2}") ? 1 : months;
    return start(year, period, "").plusMonths(months).minusDays(1);
  }
}
