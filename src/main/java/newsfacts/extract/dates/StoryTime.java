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
 * explicitly written date ("on March 3, 1998"), and the quarter it reports on ({@link StoryQuarter}:
 * "the quarter", "a year earlier" in earnings reports). Expressions relative to it take their value
 * from it rather than from the publication date:
 * <ul>
 *   <li>"the following year", "the day before", "that same day", "later that year": the story's
 *       date moved by one unit (or none), at the unit's precision;</li>
 *   <li>"a year ago" with no value and no quarter named: the year before the story's;</li>
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
  /** "two days later": the amount (group 1) with its unit (group 2), and the word after (group 3). */
  private static final Pattern AMOUNT_OFFSET = Pattern.compile("(?i)((?:\\S+\\s+){1,2}?([a-z]+?))s?\\s+([a-z]+)");
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
  private final DateWords words;
  private final StoryQuarter quarters;
  private LocalDate storyDay;
  /** The first day of the month last named: "in June 2012" moves it, though it names no day. */
  private LocalDate storyMonth;
  private int storyYear;

  StoryTime(DateWords words, LocalDate published) {
    this.words = words;
    this.quarters = new StoryQuarter(words, published);
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
    Timex ofQuarter = quarters.read(doc, t, lower);
    if (ofQuarter != null) {
      return ofQuarter;
    }
    if (PredicateDays.isStoryDay(doc, t)) {
      return new Timex(t.span(), t.text(), TimexType.DATE, storyDay.toString(), t.sentence());
    }
    if (t.value().isEmpty() && StoryQuarter.YEAR_BACK.matcher(lower).matches()) {
      return t.withValue(String.valueOf(storyYear - 1));
    }
    Matcher amount = AMOUNT_OFFSET.matcher(t.text());
    if (amount.matches() && t.type() == TimexType.DATE && isYear(amount.group(2)) && amount.group(3).equalsIgnoreCase("later")) {
      // "In 2019 she opened a shop. Three years later ...": the year counted from the story's year
      String count = countOf(amount.group(1).toLowerCase(Locale.ROOT).split("\\s+"));
      return count == null || count.equals("X") ? t : t.withValue(String.valueOf(storyYear + Integer.parseInt(count)));
    }
    if (amount.matches() && (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && isOffsetWord(amount.group(3))
        && !amount.group(3).equalsIgnoreCase("ago") && !isYear(amount.group(2))) {
      return amountOnly(text, t, amount);
    }
    return clockOfStoryDay(storyOffset(t, lower), lower);
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
    return LetterWords.of(lower).anyMatch(w -> words.calendarMonths().containsKey(w) || words.weekdayNames().contains(w)
        || words.deicticDayWords().contains(w));
  }

  /** "Two days later": "Two days", P2D; "an hour later": "an hour", PT1H. */
  private Timex amountOnly(String text, Timex t, Matcher amount) {
    String unit = amount.group(2).toLowerCase(Locale.ROOT);
    String code = words.clockUnits().containsKey(unit) ? "T" + words.clockUnits().get(unit) : words.durationUnits().get(unit);
    if (code == null || !Character.isLetter(code.charAt(0))) {
      return t;
    }
    String count = countOf(amount.group(1).toLowerCase(Locale.ROOT).split("\\s+"));
    if (count == null) {
      return t;
    }
    CharSpan span = new CharSpan(t.span().begin(), t.span().begin() + amount.end(2) + (t.text().substring(amount.end(2))
        .toLowerCase(Locale.ROOT).startsWith("s") ? 1 : 0));
    return new Timex(span, span.of(text), TimexType.DURATION,
        code.startsWith("T") ? "PT" + count + code.substring(1) : "P" + count + code, t.sentence());
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
    if (offset == null || !words.durationUnits().containsKey(unit) && !unit.equals("weekend")) {
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
      case "weekend" -> WeekAnchors.weekendFrom(storyDay, by);
      default -> storyDay.plusDays(by).toString();
    };
  }

  private boolean namesMonth(String text) {
    return LetterWords.of(text.toLowerCase(Locale.ROOT)).anyMatch(w -> words.calendarMonths().containsKey(w));
  }

  private boolean isOffsetWord(String word) {
    return words.storyOffsets().containsKey(word.toLowerCase(Locale.ROOT)) || word.equalsIgnoreCase("ago");
  }

  private static boolean isYear(String unit) {
    return unit.equalsIgnoreCase("year");
  }

  private void remember(AnnotatedArticle doc, Timex t) {
    quarters.remember(doc, t);
    if (SINCE.matcher(doc.text().substring(Math.max(0, t.span().begin() - 8), t.span().begin())).find()) {
      return; // "has grown since 2015": where a span starts, not the time the story tells of
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
    } else if (month.matches() && t.type() == TimexType.DATE && namesMonth(t.text())) {
      // "For the six months ended Aug. 12, ... a year earlier", "at the end of May, ... a year
      // earlier": a month read without a year brings the story back to the year it was anchored in
      storyYear = Integer.parseInt(month.group(1).substring(0, 4));
    }
  }
}
