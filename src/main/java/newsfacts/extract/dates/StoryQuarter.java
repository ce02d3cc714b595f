package newsfacts.extract.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * The quarter an earnings story reports on, followed in reading order, and the expressions that
 * refer to it: "the quarter", "the latest period" (that quarter; before any is named, the last one
 * to have ended), "the 1988 quarter" (that quarter of 1988), "a year earlier" (the same quarter a
 * year before, or the year before in a sentence on several quarters, {@link ComparedSpans}) and
 * "the current quarter" (the one under way at publication). One instance per article: it is stateful.
 */
final class StoryQuarter {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  /** "a year ago", "the year-ago quarter", "the quarter a year earlier". */
  static final Pattern YEAR_BACK = Pattern.compile(
      "(?i)(the (quarter|period) )?(a|one) year (ago|earlier|before)|.*\\byear\\s*-\\s*(ago|earlier)\\b.*");
  /** "the 1988 quarter", "the 1989 period": the quarter the story reports on, in that year. */
  private static final Pattern YEAR_PERIOD = Pattern.compile("the (\\d{4}) ([a-z]+)");
  private final DateWords words;
  private final ComparedSpans compared;
  private final LocalDate published;
  private String quarter;

  StoryQuarter(DateWords words, LocalDate published) {
    this.words = words;
    this.compared = new ComparedSpans(words);
    this.published = published;
  }

  /** The expression's value as a reference to the story's quarter, or null when it is none. */
  Timex read(AnnotatedArticle doc, Timex t, String lower) {
    if (quarter != null && YEAR_BACK.matcher(lower).matches()) {
      Matcher q = QUARTER.matcher(quarter);
      q.matches();
      int year = Integer.parseInt(q.group(1)) - 1;
      return t.withType(TimexType.DATE, compared.coversSeveralQuarters(doc, t) ? String.valueOf(year) : year + "-Q" + q.group(2));
    }
    Matcher yearPeriod = YEAR_PERIOD.matcher(lower);
    if (quarter != null && yearPeriod.matches() && words.periodReferences().contains(yearPeriod.group(2))) {
      return t.withType(TimexType.DATE, yearPeriod.group(1) + quarter.substring(4));
    }
    if (isPeriodReference(lower) && lower.split("\\s+")[1].equals("current")) {
      return t.withType(TimexType.DATE, published.getYear() + "-Q" + ((published.getMonthValue() - 1) / 3 + 1));
    }
    if (quarter != null && isPeriodReference(lower)) {
      return t.withType(TimexType.DATE, quarter);
    }
    if (isQuarterBefore(lower)) {
      String base = quarter != null ? quarter : lastEnded();
      Matcher q = QUARTER.matcher(base);
      q.matches();
      int number = Integer.parseInt(q.group(2));
      int year = Integer.parseInt(q.group(1));
      return t.withType(TimexType.DATE, number == 1 ? (year - 1) + "-Q4" : year + "-Q" + (number - 1));
    }
    if (quarter == null && isPeriodReference(lower) && words.periodReferenceAdjectives().contains(lower.split("\\s+")[1])) {
      return latestQuarter(t);
    }
    return null;
  }

  /**
   * "the latest quarter", "the latest period" before any quarter is named: the last one to have ended by the publication
   * date (Q3 for an article of November), not the one under way; the story then reports on it.
   */
  private Timex latestQuarter(Timex t) {
    quarter = lastEnded();
    return t.withType(TimexType.DATE, quarter);
  }

  private String lastEnded() {
    LocalDate inLastQuarter = published.minusMonths(3);
    return inLastQuarter.getYear() + "-Q" + ((inLastQuarter.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * "the previous quarter", "the preceding quarter": the one before the quarter the story reports on
   * (a date, not a length of three months); before any is named, the one before the last to have ended.
   */
  private boolean isQuarterBefore(String lower) {
    String[] parts = lower.split("\\s+");
    return parts.length == 3 && parts[0].equals("the") && parts[2].equals("quarter")
        && "-1".equals(words.storyOffsets().get(parts[1]));
  }

  private boolean isPeriodReference(String lower) {
    String[] parts = lower.split("\\s+");
    return parts.length >= 2 && parts.length <= 3 && parts[0].matches("the|this|that")
        && words.periodReferences().contains(parts[parts.length - 1])
        && (parts.length == 2 || parts[1].matches("latest|same|current"));
  }

  /** A quarter the text states becomes the story's when the story reports on it. */
  void remember(AnnotatedArticle doc, Timex t) {
    Matcher named = QUARTER.matcher(t.value());
    // an earlier quarter named as a noun is background ("After a flat second quarter, profit rose
    // in the third"): the story goes on reporting on the later one; one written as a modifier
    // reports on it ("posted fiscal second-quarter net of $5 million", another company's year)
    boolean earlier = quarter != null && named.matches() && t.value().compareTo(quarter) < 0 && !t.text().contains("-");
    if (named.matches() && !earlier && isReportedOn(doc, t, Integer.parseInt(named.group(1)), Integer.parseInt(named.group(2)))) {
      quarter = t.value();
    }
  }

  /**
   * A story reports on a quarter that has ended, or that a past clause speaks of ("reported lower
   * fourth-quarter profit"), or that ends on a stated day ("the fourth quarter ended Sept. 30", a
   * fiscal quarter): "will take a fourth-quarter charge" in November forecasts, and "the latest
   * quarter" after it is still the third.
   */
  private boolean isReportedOn(AnnotatedArticle doc, Timex t, int year, int quarterNumber) {
    return LocalDate.of(year, quarterNumber * 3, 1).plusMonths(1).isBefore(published.plusDays(1))
        || Tense.ofClause(doc.sentences().get(t.sentence()), t.span(), words) == Tense.PAST
        || endsOnAStatedDay(doc.text(), t);
  }

  /** "the fourth quarter ended Sept. 30": the word after the expression is "ended", "ending". */
  private boolean endsOnAStatedDay(String text, Timex t) {
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20)).strip();
    return words.periodEndWords().contains(after.split("[^A-Za-z]+", 2)[0].toLowerCase(Locale.ROOT));
  }
}
