package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Timex;

/** Holidays the annotator dated from their name alone, moved to the year the sentence speaks of. */
final class Holidays {
  /** Feasts counted from Easter (easter-holidays.txt). */
  private static final Set<String> EASTER_FEASTS = WordLists.set("easter-holidays.txt");
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
    return DayValue.hasDayShape(t.value()) && !t.text().matches("(?s).*\\d.*") && !namesCalendarWord(t.text())
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
    return DayValue.parse(t.value()).map(day -> {
      LocalDate date = day.date();
      if (!ahead && date.isAfter(published.plusDays(YearlessDates.AHEAD_DAYS))) {
        date = inYear(t.text(), date, date.getYear() - 1);
      } else if (ahead && date.isBefore(published)) {
        date = inYear(t.text(), date, date.getYear() + 1);
      }
      return t.withValue(day.valueOn(date));
    }).orElse(t);
  }

  /**
   * The holiday's date in another year: the same day, the same weekday of the month ("the fourth
   * Thursday"), or the same distance from that year's Easter.
   */
  private LocalDate inYear(String text, LocalDate date, int year) {
    if (Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+")).anyMatch(EASTER_FEASTS::contains)) {
      return easterSunday(year).plusDays(ChronoUnit.DAYS.between(easterSunday(date.getYear()), date));
    }
    boolean floating = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).anyMatch(words.floatingHolidays()::contains);
    if (!floating) {
      return date.withYear(year);
    }
    boolean last = date.plusWeeks(1).getMonthValue() != date.getMonthValue();
    int ordinal = last ? -1 : (date.getDayOfMonth() - 1) / 7 + 1;
    return LocalDate.of(year, date.getMonthValue(), 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, date.getDayOfWeek()));
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
    int e = (32 + 2 * (b % 4) + 2 * (c / 4) - d - c % 4) % 7;
    int f = d + e - 7 * ((a + 11 * d + 22 * e) / 451) + 114;
    return LocalDate.of(year, f / 31, f % 31 + 1);
  }

  /** A month, a weekday or a part of a year ("Labor Day weekend" is no holiday alone). */
  private boolean namesCalendarWord(String text) {
    return LetterWords.of(text).anyMatch(w -> words.calendarMonths().containsKey(w) || words.calendarPeriods().contains(w)
        || words.weekdayNames().contains(w));
  }
}
