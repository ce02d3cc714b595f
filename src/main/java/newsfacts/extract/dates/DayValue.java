package newsfacts.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A TIMEX3 value of one day, perhaps with a time or part of day after it: "2031-05-09", "2031-05-09TEV". */
record DayValue(LocalDate date, String timeOfDay) {
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");

  /** Whether the value has the shape of a day, also one no calendar has ("2031-02-30"). */
  static boolean hasDayShape(String value) {
    return FULL_DATE.matcher(value).matches();
  }

  /** The day of the value; empty when it has not the shape of one or no calendar has it (left as the annotator wrote it). */
  static Optional<DayValue> parse(String value) {
    Matcher m = FULL_DATE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DayValue(LocalDate.parse(m.group(1)), m.group(2) == null ? "" : m.group(2)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The value of another day at the same time of day. */
  String valueOn(LocalDate day) {
    return day + timeOfDay;
  }
}
