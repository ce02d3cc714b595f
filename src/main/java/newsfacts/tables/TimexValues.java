package newsfacts.tables;

import java.util.regex.Pattern;

/**
 * The TIMEX3 value grammar of TimeML 1.2.1 and the TimeBank/TempEval-3 annotation (ISO 8601 with
 * TimeML's extensions), used to check gold tables. Accepted, with X for any unknown digit:
 * <ul>
 *   <li>dates at any precision: "2001", the decade "198", the century "19", "2001-03",
 *       "2001-03-15", "XXXX-03-XX"; a year may be written "BC0044";</li>
 *   <li>weeks "2001-W09", "2000-W2", "2001-W09-3", weekends "1990-W32-WE", "weekdays" and
 *       "weekends" of any week as SUTime writes them ("XXXX-WD", "XXXX-WE");</li>
 *   <li>years with unknown digits anywhere, as SUTime writes a decade of no stated century ("XX8X");</li>
 *   <li>parts of a year: seasons "-SP", "-SU", "-FA", "-WI", quarters "-Q1".."-Q4", "-QX",
 *       halves "-H1", "-H2", "-HX";</li>
 *   <li>times after a date, a week day or alone: "T14", "T14:30", "T14:30:15", parts of day
 *       "TMO", "TAF", "TEV", "TNI", "TDT", an optional zone "Z", "+05", "-05:00";</li>
 *   <li>durations "P3Y", "P1Y6M", "PT2H30M", "P1.5D", "PXY" with the units Y, M, W, D and
 *       TimeBank's Q (quarter), E or DE (decade), C or CE (century), L or ML (millennium) and X
 *       (unspecified, "a while" is "PXX"); time units H, M, S, X;</li>
 *   <li>"PRESENT_REF", "PAST_REF", "FUTURE_REF".</li>
 * </ul>
 * Month 13, day 32, hour 25 or minute 60 are refused, as is anything else.
 */
public final class TimexValues {
  private static final String YEAR = "(BC)?([\\dX]{4}|\\d{3}|\\d{2})";
  private static final String MONTH = "(0[1-9]|1[0-2]|XX)";
  private static final String DAY = "(0[1-9]|[12]\\d|3[01]|XX)";
  private static final String WEEK = "W(0?[1-9]|[1-4]\\d|5[0-3]|XX)(-([1-7]|X|WE))?";
  private static final String PART_OF_YEAR = "(SP|SU|FA|WI|Q[1-4X]|H[12X])";
  private static final String DATE = YEAR + "(-" + MONTH + "(-" + DAY + ")?|-" + WEEK + "|-" + PART_OF_YEAR + "|-W[DE])?";
  private static final String ZONE = "(Z|[+-]([01]\\d|2[0-4])(:?[0-5]\\d)?)?";
  private static final String CLOCK = "([01]\\d|2[0-4]|XX)(:([0-5]\\d|XX)(:([0-5]\\d|60)(\\.\\d+)?)?)?";
  private static final String TIME = "T(" + CLOCK + "|MO|AF|EV|NI|DT)" + ZONE;
  private static final String AMOUNT = "(\\d+(\\.\\d+)?|X)";
  private static final String DURATION =
      "P(?=.)(" + AMOUNT + "(Y|M|W|D|Q|E|C|L|DE|CE|ML|X))*(T(?=.)(" + AMOUNT + "[HMSX])*)?";
  private static final Pattern VALUE = Pattern.compile(
      "PRESENT_REF|PAST_REF|FUTURE_REF|" + DURATION + "|" + DATE + "(" + TIME + ")?|" + TIME);

  private TimexValues() {}

  /** True when the value is a TIMEX3 value; the empty string is not. */
  public static boolean isValid(String value) {
    return !value.isEmpty() && VALUE.matcher(value).matches();
  }
}
