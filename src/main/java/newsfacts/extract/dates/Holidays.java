package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.Timex;

/** Holidays the annotator dated from their name alone, moved to the year the sentence speaks of. */
final class Holidays {
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private final DateWords words;
  private final RuleHolidays byRule;

  Holidays(DateWords words) {
    this.words = words;
    this.byRule = new RuleHolidays(words);
  }

  /**
   * "Thanksgiving Day", "Christmas": a day dated from its name alone, every word capitalised, no
   * digit, no month or weekday and no word tied to the publication date ("Today"); not one
   * {@link RuleHolidays} dated.
   */
  boolean isHoliday(Timex t) {
    String[] parts = t.text().strip().split("[\\s-]+");
    return FULL_DATE.matcher(t.value()).matches() && !t.text().matches("(?s).*\\d.*") && !namesCalendarWord(t.text())
        && Arrays.stream(parts).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
        && Arrays.stream(parts).noneMatch(w -> words.deicticDayWords().contains(w.toLowerCase(Locale.ROOT)))
        && !byRule.isRuleHoliday(t.text());
  }

  /**
   * The annotator dates a holiday in the publication year: "was found on Thanksgiving Day" in an
   * article of January is the one before, as a month more than a quarter ahead is ("will meet at
   * Christmas" in December stays); a holiday on a weekday of its month keeps it in the other year.
   */
  Timex anchor(Timex t, LocalDate published, boolean ahead) {
    Matcher m = FULL_DATE.matcher(t.value());
    m.matches();
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (java.time.DateTimeException e) {
      return t;
    }
    if (!ahead && date.isAfter(published.plusDays(YearlessDates.AHEAD_DAYS))) {
      date = inYear(t.text(), date, date.getYear() - 1);
    } else if (ahead && date.isBefore(published)) {
      date = inYear(t.text(), date, date.getYear() + 1);
    }
    return t.withValue(date + (m.group(2) == null ? "" : m.group(2)));
  }

  /** The holiday's date in another year: the same day, or the same weekday of the month ("the fourth Thursday"). */
  private LocalDate inYear(String text, LocalDate date, int year) {
    boolean floating = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).anyMatch(words.floatingHolidays()::contains);
    if (!floating) {
      return date.withYear(year);
    }
    boolean last = date.plusWeeks(1).getMonthValue() != date.getMonthValue();
    int ordinal = last ? -1 : (date.getDayOfMonth() - 1) / 7 + 1;
    return LocalDate.of(year, date.getMonthValue(), 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, date.getDayOfWeek()));
  }

  /** A month, a weekday or a part of a year ("Labor Day weekend" is no holiday alone). */
  private boolean namesCalendarWord(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (words.calendarMonths().containsKey(word) || words.calendarPeriods().contains(word) || words.weekdayNames().contains(word)) {
        return true;
      }
    }
    return false;
  }
}
