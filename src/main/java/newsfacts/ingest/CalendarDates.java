package newsfacts.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a publication date value: YYYY-MM-DD, YYYY-MM or YYYY, a real calendar date (read
 * with java.time, STRICT) in the years 1 to 9999. Such a value is what CoreNLP's date
 * normalisation can take as the document date; "2011-02-30", "2011-13" or "0000" are not.
 */
public final class CalendarDates {
  private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private CalendarDates() {}

  /** Why the value is not a publication date, or empty when it is one. */
  public static Optional<String> problem(String value) {
    if (!FORM.matcher(value).matches()) {
      return Optional.of("'" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = switch (value.length()) {
        case 4 -> Year.parse(value, formatter("uuuu")).getValue();
        case 7 -> YearMonth.parse(value, formatter("uuuu-MM")).getYear();
        default -> LocalDate.parse(value, formatter("uuuu-MM-dd")).getYear();
      };
      return year >= 1 ? Optional.empty() : Optional.of("'" + value + "' is not a calendar date (year 0)");
    } catch (DateTimeException e) {
      return Optional.of("'" + value + "' is not a calendar date");
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withChronology(IsoChronology.INSTANCE)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
