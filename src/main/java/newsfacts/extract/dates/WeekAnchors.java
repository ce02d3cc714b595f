package newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Weekdays and weekends moved to the week the tense points to: the latest on or before the
 * publication date, the first on or after it when the sentence looks ahead.
 */
final class WeekAnchors {
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
  /** "the day before last Tuesday('s hearing)": group 1 is "before" or "after", group 2 "last" if written. */
  private static final Pattern DAY_BESIDE = Pattern.compile("(?is)(?:the\\s+)?day\\s+(before|after)\\s+(last\\s+)?\\S+");

  private WeekAnchors() {
  }

  /** A weekday in the direction of the tense; "Friday morning" is a DATE (TimeBank), its value keeps TMO. */
  static Timex weekday(Timex t, LocalDate published, Tense tense) {
    Matcher beside = DAY_BESIDE.matcher(t.text().strip());
    if (beside.matches()) {
      return besideWeekday(t, published, tense, beside);
    }
    return DayValue.parse(t.value()).map(day -> {
      LocalDate date = day.date();
      while (!tense.looksAhead() && date.isAfter(published)) {
        date = date.minusWeeks(1);
      }
      while (tense.looksAhead() && date.isBefore(published)) {
        date = date.plusWeeks(1);
      }
      TimexType type = day.timeOfDay().matches("T[A-Z]{2}") ? TimexType.DATE : t.type();
      return t.withType(type, day.valueOn(date));
    }).orElse(t);
  }

  /**
   * "the day before last Tuesday's hearing": the weekday itself is anchored as a weekday is ("last"
   * the latest one before the publication day), then moved by a day. The annotator reads "last
   * Tuesday" inside such a phrase as the Tuesday of the week before.
   */
  private static Timex besideWeekday(Timex t, LocalDate published, Tense tense, Matcher beside) {
    int by = beside.group(1).equalsIgnoreCase("before") ? -1 : 1;
    return DayValue.parse(t.value()).map(day -> {
      DayOfWeek named = day.date().minusDays(by).getDayOfWeek();
      LocalDate weekday = tense.looksAhead() ? published.with(TemporalAdjusters.nextOrSame(named))
          : (beside.group(2) != null ? published.minusDays(1) : published).with(TemporalAdjusters.previousOrSame(named));
      return t.withValue(day.valueOn(weekday.plusDays(by)));
    }).orElse(t);
  }

  static boolean isWeekend(Timex t) {
    return WEEKEND.matcher(t.value()).matches();
  }

  /**
   * "over the weekend" in past narrative is the latest weekend begun on or before the publication
   * date, as a weekday is ("2031-W10-WE" for an article of Monday 2031-03-10), and ahead after "will".
   */
  static Timex weekend(Timex t, LocalDate published, Tense tense) {
    Matcher m = WEEKEND.matcher(t.value());
    if (!m.matches()) {
      return t;
    }
    LocalDate saturday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.SATURDAY);
    boolean ahead = tense.looksAhead();
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
   * "the following weekend" after a Wednesday is the one closing that week (ISO weeks end on
   * Sunday); after a Saturday, the next one. "the previous weekend" is the one before the story's week.
   */
  static String weekendFrom(LocalDate storyDay, int by) {
    boolean inWeekend = storyDay.getDayOfWeek().getValue() >= 6;
    LocalDate d = by > 0 && inWeekend ? storyDay.plusWeeks(1) : by < 0 ? storyDay.minusWeeks(1) : storyDay;
    return String.format(Locale.ROOT, "%d-W%02d-WE", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
