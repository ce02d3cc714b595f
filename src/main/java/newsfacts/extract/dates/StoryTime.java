package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * The time the story itself speaks of, followed through the article in reading order: the last
 * explicitly written date ("on March 3, 1998") and the last quarter named ("third-quarter profit").
 * Expressions relative to it take their value from it rather than from the publication date:
 * <ul>
 *   <li>"the following year", "the day before", "that same day", "later that year": the story's
 *       date moved by one unit (or none), at the unit's precision;</li>
 *   <li>"the current quarter": the one under way at publication, whatever the story reports on;</li>
 *   <li>"the quarter", "the latest period" after a named quarter: that quarter ("the 1988 quarter":
 *       that quarter of 1988); "a year ago",
 *       "a year earlier" after one: the same quarter a year before (TimeBank's reading of
 *       earnings reports), the year before in a sentence on several quarters ({@link ComparedSpans});</li>
 *   <li>"two days later", "a month earlier": TimeML annotates the amount, "two days" (P2D), and
 *       leaves "later" out as a signal.</li>
 * </ul>
 * One instance per article: it is stateful.
 */
final class StoryTime {
  private static final Pattern EXPLICIT_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  /** A month with or without a day ("2012-06", "2012-06-14T10:00"): group 1 is the month. */
  private static final Pattern EXPLICIT_MONTH = Pattern.compile("(\\d{4}-(0[1-9]|1[0-2]))(-\\d{2}.*)?");
  private static final Pattern CLOCK_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.+)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  /** "two days later": the amount (group 1) with its unit (group 2), and the word after (group 3). */
  private static final Pattern AMOUNT_OFFSET = Pattern.compile("(?i)((?:\\S+\\s+){1,2}?([a-z]+?))s?\\s+([a-z]+)");
  /** "a year ago", "the year-ago quarter", "the quarter a year earlier". */
  private static final Pattern YEAR_BACK = Pattern.compile(
      "(?i)(the (quarter|period) )?(a|one) year (ago|earlier|before)|.*\\byear\\s*-\\s*(ago|earlier)\\b.*");
  /** "the 1988 quarter", "the 1989 period": the quarter the story reports on, in that year. */
  private static final Pattern YEAR_PERIOD = Pattern.compile("the (\\d{4}) ([a-z]+)");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
  private final DateWords words;
  private final ComparedSpans compared;
  private final LocalDate published;
  private LocalDate storyDay;
  /** The first day of the month last named: "in June 2012" moves it, though it names no day. */
  private LocalDate storyMonth;
  private int storyYear;
  private String quarter;

  StoryTime(DateWords words, LocalDate published) {
    this.words = words;
    this.compared = new ComparedSpans(words);
    this.published = published;
    this.storyDay = published;
    this.storyMonth = published.withDayOfMonth(1);
    this.storyYear = published.getYear();
  }

  /**
   * The expression read in its place. Only dates the text states move the story's time forward,
   * not the ones computed from it ("a year earlier" does not become the quarter spoken of).
   */
  Timex read(AnnotatedArticle doc, Timex t) {
    String text = doc.text();
    Timex result = relative(doc, text, t);
    if (result == t) {
      remember(doc, t);
    }
    return result;
  }

  private Timex relative(AnnotatedArticle doc, String text, Timex t) {
    String lower = t.text().toLowerCase(Locale.ROOT).strip();
    if (quarter != null && YEAR_BACK.matcher(lower).matches()) {
      Matcher q = QUARTER.matcher(quarter);
      q.matches();
      int year = Integer.parseInt(q.group(1)) - 1;
      return t.withType(TimexType.DATE, compared.coversSeveralQuarters(doc, t) ? String.valueOf(year) : year + "-Q" + q.group(2));
    }
    if (t.value().isEmpty() && YEAR_BACK.matcher(lower).matches()) {
      return t.withValue(String.valueOf(storyYear - 1));
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
    if (quarter == null && isPeriodReference(lower) && words.periodReferenceAdjectives().contains(lower.split("\\s+")[1])) {
      return latestQuarter(t);
    }
    Matcher amount = AMOUNT_OFFSET.matcher(t.text());
    if (amount.matches() && t.type() == TimexType.DATE && isOffsetWord(amount.group(3))
        && !amount.group(3).equalsIgnoreCase("ago") && !isYear(amount.group(2))) {
      return amountOnly(text, t, amount);
    }
    return clockOfStoryDay(storyOffset(t, lower), lower);
  }

  /**
   * "the latest quarter", "the latest period" before any quarter is named: the last one to have ended by the publication
   * date (Q3 for an article of November), not the one under way; the story then reports on it.
   */
  private Timex latestQuarter(Timex t) {
    LocalDate inLastQuarter = published.minusMonths(3);
    quarter = inLastQuarter.getYear() + "-Q" + ((inLastQuarter.getMonthValue() - 1) / 3 + 1);
    return t.withType(TimexType.DATE, quarter);
  }

  /**
   * "at 10:35 a.m.", "by noon": a time of day with no day of its own is on the day the story is
   * telling, not necessarily the publication date; "10 a.m. today" stays.
   */
  private Timex clockOfStoryDay(Timex t, String lower) {
    Matcher clock = CLOCK_ONLY.matcher(t.value());
    if (t.type() != TimexType.TIME || !clock.matches() || names(lower)) {
      return t;
    }
    return t.withValue(storyDay + clock.group(1));
  }

  /** The text names a day: a month, a weekday or a word tied to the publication date. */
  private boolean names(String lower) {
    for (String word : lower.split("[^a-z]+")) {
      if (words.calendarMonths().containsKey(word) || words.weekdayNames().contains(word)
          || words.deicticDayWords().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "Two days later": "Two days", P2D. */
  private Timex amountOnly(String text, Timex t, Matcher amount) {
    String code = words.durationUnits().get(amount.group(2).toLowerCase(Locale.ROOT));
    if (code == null || !Character.isLetter(code.charAt(0))) {
      return t;
    }
    String count = countOf(amount.group(1).toLowerCase(Locale.ROOT).split("\\s+"));
    if (count == null) {
      return t;
    }
    CharSpan span = new CharSpan(t.span().begin(), t.span().begin() + amount.end(2) + (t.text().substring(amount.end(2))
        .toLowerCase(Locale.ROOT).startsWith("s") ? 1 : 0));
    return new Timex(span, span.of(text), TimexType.DURATION, "P" + count + code, t.sentence());
  }

  /** "two" -> "2", "14" -> "14", "a few" or "several" -> "X"; null for anything else. */
  private String countOf(String[] words) {
    if (words.length == 2) {
      String count = this.words.countWords().get(words[0]);
      return count != null ? count : words[0].matches("\\d+") ? words[0] : null;
    }
    return words.length == 3 && this.words.vagueCounts().contains(words[1]) ? "X" : null;
  }

  /** "the following year" (+1), "the day before" (-1), "that day" (0): the story's date moved. */
  private Timex storyOffset(Timex t, String lower) {
    String[] parts = lower.replaceFirst("^(the|a|one|earlier|later)\\s+", "").split("\\s+");
    if (parts.length != 2 || t.type() != TimexType.DATE) {
      return t;
    }
    String offset = words.storyOffsets().get(parts[0]);
    String unit = parts[1];
    if (offset == null) {
      offset = words.storyOffsets().get(parts[1]);
      unit = parts[0];
    }
    if (offset == null || !words.durationUnits().containsKey(unit)) {
      return t;
    }
    return t.withValue(shifted(unit, Integer.parseInt(offset.replace("+", ""))));
  }

  private String shifted(String unit, int by) {
    return switch (unit) {
      case "year" -> String.valueOf(storyYear + by);
      case "month" -> storyMonth.plusMonths(by).toString().substring(0, 7);
      case "quarter" -> {
        LocalDate d = storyDay.plusMonths(3L * by);
        yield d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
      }
      case "week" -> {
        LocalDate d = storyDay.plusWeeks(by);
        yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      default -> storyDay.plusDays(by).toString();
    };
  }

  private boolean isPeriodReference(String lower) {
    String[] parts = lower.split("\\s+");
    return parts.length >= 2 && parts.length <= 3 && parts[0].matches("the|this|that")
        && words.periodReferences().contains(parts[parts.length - 1])
        && (parts.length == 2 || parts[1].matches("latest|same|current"));
  }

  private boolean isOffsetWord(String word) {
    return words.storyOffsets().containsKey(word.toLowerCase(Locale.ROOT)) || word.equalsIgnoreCase("ago");
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

  private static boolean isYear(String unit) {
    return unit.equalsIgnoreCase("year");
  }

  private void remember(AnnotatedArticle doc, Timex t) {
    Matcher named = QUARTER.matcher(t.value());
    // an earlier quarter named as a noun is background ("After a flat second quarter, profit rose
    // in the third"): the story goes on reporting on the later one; one written as a modifier
    // reports on it ("posted fiscal second-quarter net of $5 million", another company's year)
    boolean earlier = quarter != null && named.matches() && t.value().compareTo(quarter) < 0 && !t.text().contains("-");
    if (named.matches() && !earlier && isReportedOn(doc, t, Integer.parseInt(named.group(1)), Integer.parseInt(named.group(2)))) {
      quarter = t.value();
    }
    Matcher day = EXPLICIT_DAY.matcher(t.value());
    boolean stated = t.text().matches("(?s).*\\d.*") || names(t.text().toLowerCase(Locale.ROOT));
    Matcher month = EXPLICIT_MONTH.matcher(t.value());
    if (month.matches() && t.type() != TimexType.DURATION && stated) {
      storyMonth = LocalDate.parse(month.group(1) + "-01");
    }
    if (day.matches() && t.type() != TimexType.DURATION && stated) {
      try {
        storyDay = LocalDate.parse(day.group(1));
      } catch (java.time.DateTimeException e) {
        // a value no calendar has ("2019-02-30") is no story day
      }
    }
    Matcher year = WRITTEN_YEAR.matcher(t.text());
    if (year.find() && t.value().startsWith(year.group(1)) && t.type() == TimexType.DATE) {
      storyYear = Integer.parseInt(year.group(1));
    }
  }
}
