package newsfacts.extract.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value with a year and a month, quarter, half or season, and anything after: "2031-10",
 * "2031-Q3", "2031-H1", "2031-SU", "2031-10-23". The year is the annotator's, the period and the
 * rest stay whichever year {@link YearlessDates} moves them to.
 */
record YearPeriod(int year, String period, String rest) {
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(.*)");

  static Optional<YearPeriod> parse(String value) {
    Matcher m = PERIOD.matcher(value);
    return m.matches() ? Optional.of(new YearPeriod(Integer.parseInt(m.group(1)), m.group(2), m.group(3))) : Optional.empty();
  }

  /** The value of the same period in {@code otherYear}. */
  String valueIn(int otherYear) {
    return otherYear + "-" + period + rest;
  }

  private boolean isMonth() {
    return period.matches("\\d{2}");
  }

  /**
   * A month or day that has ended before the publication date; a quarter, half or season only when
   * it ended more than a quarter before: "will report earnings for the third quarter" in October is
   * the quarter just ended, "will reopen in February" in March next February.
   */
  boolean hasPassed(int inYear, LocalDate published) {
    LocalDate by = isMonth() ? published : published.minusDays(YearlessDates.AHEAD_DAYS);
    return end(inYear).isBefore(by);
  }

  /**
   * An infinitive speaks of what is not yet done ("a plan to repay the loan by March", "an agreement
   * to buy the unit in January" in an article of November): a month it names that ended more than a
   * quarter ago is the coming one; one just ended may still be meant ("allowed to inspect since Jan. 3"
   * in February).
   */
  boolean endedLongAgo(int inYear, LocalDate published) {
    return end(inYear).isBefore(published.minusDays(YearlessDates.AHEAD_DAYS));
  }

  /**
   * A whole month that is the publication month or the one before it: "last February" said in March
   * is a year back, as the month just gone would be "last month" (TempEval-3 training data 1 of 1).
   */
  boolean isRecentMonth(int inYear, LocalDate published) {
    return isMonth() && rest.isEmpty() && !start(inYear).isBefore(published.withDayOfMonth(1).minusMonths(1))
        && !start(inYear).isAfter(published);
  }

  /** First day of the period: month "10", quarter "Q3", half "H1", season "SU"; a day after a month. */
  LocalDate start(int inYear) {
    return start(inYear, rest);
  }

  private LocalDate start(int inYear, String after) {
    if (isMonth()) {
      int day = after.matches("-\\d{2}.*") ? Integer.parseInt(after.substring(1, 3)) : 1;
      return LocalDate.of(inYear, Integer.parseInt(period), 1).plusDays(day - 1L);
    }
    return switch (period) {
      case "Q1", "H1" -> LocalDate.of(inYear, 1, 1);
      case "Q2" -> LocalDate.of(inYear, 4, 1);
      case "Q3", "H2" -> LocalDate.of(inYear, 7, 1);
      case "Q4" -> LocalDate.of(inYear, 10, 1);
      case "SP" -> LocalDate.of(inYear, 3, 1);
      case "SU" -> LocalDate.of(inYear, 6, 1);
      case "FA" -> LocalDate.of(inYear, 9, 1);
      default -> LocalDate.of(inYear, 12, 1);
    };
  }

  private LocalDate end(int inYear) {
    if (isMonth() && rest.matches("-\\d{2}.*")) {
      return start(inYear, rest);
    }
    int months = period.startsWith("H") ? 6 : 3;
    months = isMonth() ? 1 : months;
    return start(inYear, "").plusMonths(months).minusDays(1);
  }
}
