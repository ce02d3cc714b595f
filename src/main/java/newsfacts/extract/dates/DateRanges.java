package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Time expressions the annotator splits or joins against the scheme: a timestamp in two pieces
 * becomes one; "March 3-4", "May 2 to 3", "3-4 March" and "April 30-May 2" become two dates each.
 */
final class DateRanges {
  /** Two days joined by a hyphen: "3-4". */
  static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
  /** "3-4 " right before a month name: the days of a day-first range. */
  private static final Pattern DAYS_BEFORE = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s+$");
  /** "3-" right before a day-first date ("4 March"): the day that opens the range. */
  private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s?[-–]\\s?$");
  /** " 30-" between a month name and the full date that ends a range across two months. */
  private static final Pattern DAY_BETWEEN = Pattern.compile("^\\s(\\d{1,2})\\s?[-–]\\s?$");
  /** "30-May 2", as the annotator may tag the rest of "April 30-May 2" with no value. */
  private static final Pattern DAY_THEN_DATE = Pattern.compile("(\\d{1,2})\\s?[-–]\\s?(\\p{L}.*)");
  private static final int LOOK = 12;
  /** A hyphen or a range word (date-range-words.txt) and the day that ends the range. */
  private final Pattern rangeEnd;

  DateRanges(DateWords words) {
    this.rangeEnd = Pattern.compile("^\\s*(?:-|" + WordLists.anyOf(words.dateRangeWords()) + ")\\s*(\\d{1,2})\\b");
  }

  /** "09:40, March 03, 2015" comes as two or more expressions with one value: one TIME. */
  List<Timex> join(String text, List<Timex> timexes) {
    List<Timex> joined = new ArrayList<>();
    for (int i = 0; i < timexes.size(); i++) {
      Timex t = timexes.get(i);
      Timex next = i + 1 < timexes.size() ? timexes.get(i + 1) : null;
      if (next != null && sharesValue(text, t, next)) {
        int last = i + 1;
        while (last + 1 < timexes.size() && sharesValue(text, timexes.get(last), timexes.get(last + 1))) {
          last++;
        }
        CharSpan span = new CharSpan(t.span().begin(), timexes.get(last).span().end());
        joined.add(t.withSpan(span, span.of(text)));
        i = last;
      } else if (next != null && isMonth(t) && isDayRange(t.value(), next.text())
          && text.substring(t.span().end(), next.span().begin()).equals(" ")) {
        joined.addAll(splitRange(text, t, next));
        i++;
      } else if (next != null && isMonth(t) && isFullDay(next)
          && DAY_BETWEEN.matcher(text.substring(t.span().end(), next.span().begin())).matches()) {
        joined.add(acrossMonths(text, t, next));
      } else if (next != null && isMonth(t) && next.value().isEmpty() && DAY_THEN_DATE.matcher(next.text()).matches()
          && text.substring(t.span().end(), next.span().begin()).equals(" ")) {
        joined.addAll(acrossMonthsJoined(text, t, next));
        i++;
      } else if (isMonth(t) || isFullDay(t) && Character.isDigit(t.text().charAt(0))) {
        int floor = joined.isEmpty() ? 0 : joined.get(joined.size() - 1).span().end();
        List<Timex> split = dayFirst(text, t, floor);
        joined.addAll(split);
        joined.addAll(split.size() == 1 ? rangeEnd(text, t) : List.of());
      } else {
        joined.add(t);
        joined.addAll(rangeEnd(text, t));
      }
    }
    return joined;
  }

  /**
   * Pieces of one expression: the annotator may cut it at a comma into several with one value
   * ("the night of" | "Friday" | "," | "Oct. 23"), and all of them are joined, not the first two.
   */
  private static boolean sharesValue(String text, Timex t, Timex next) {
    return !t.value().isEmpty() && t.value().equals(next.value()) && text.substring(t.span().end(), next.span().begin()).isBlank();
  }

  /** "3-4" after a month whose days 3 and 4 are: not "31-33". */
  private static boolean isDayRange(String month, String days) {
    Matcher m = DAY_RANGE.matcher(days);
    return m.matches() && Integer.parseInt(m.group(1)) >= 1
        && laterDayOfMonth(month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** "March" + "3-4" -> "March 3" and "4". */
  private static List<Timex> splitRange(String text, Timex month, Timex days) {
    Matcher m = DAY_RANGE.matcher(days.text());
    m.matches();
    int firstEnd = days.span().begin() + m.end(1);
    int secondBegin = days.span().begin() + m.start(2);
    CharSpan first = new CharSpan(month.span().begin(), firstEnd);
    CharSpan second = new CharSpan(secondBegin, days.span().end());
    String yearMonth = month.value();
    return List.of(
        new Timex(first, first.of(text), TimexType.DATE, day(yearMonth, m.group(1)), month.sentence()),
        new Timex(second, second.of(text), TimexType.DATE, day(yearMonth, m.group(2)), month.sentence()));
  }

  /** "April" + " 30-" + "May 2": the month takes its day, "April 30". */
  private static Timex acrossMonths(String text, Timex month, Timex end) {
    Matcher m = DAY_BETWEEN.matcher(text.substring(month.span().end(), end.span().begin()));
    m.matches();
    int day = Integer.parseInt(m.group(1));
    if (day < 1 || !laterDayOfMonth(month.value(), day - 1, day)) {
      return month;
    }
    CharSpan span = new CharSpan(month.span().begin(), month.span().end() + m.end(1));
    return new Timex(span, span.of(text), TimexType.DATE, day(month.value(), m.group(1)), month.sentence());
  }

  /** "April" + "30-May 2" -> "April 30" and "May 2", the second left without a value for ValuelessParts to read. */
  private static List<Timex> acrossMonthsJoined(String text, Timex month, Timex rest) {
    Matcher m = DAY_THEN_DATE.matcher(rest.text());
    m.matches();
    int day = Integer.parseInt(m.group(1));
    if (day < 1 || !laterDayOfMonth(month.value(), day - 1, day)) {
      return List.of(month, rest);
    }
    int begin = rest.span().begin();
    CharSpan first = new CharSpan(month.span().begin(), begin + m.end(1));
    CharSpan second = new CharSpan(begin + m.start(2), rest.span().end());
    return List.of(new Timex(first, first.of(text), TimexType.DATE, day(month.value(), m.group(1)), month.sentence()),
        new Timex(second, second.of(text), rest.type(), "", rest.sentence()));
  }

  /**
   * "3-4 " + "March" -> "3" and "4 March"; "3-" + "4 March" -> "3" and "4 March". Without such
   * days before it, the expression as it came.
   */
  private static List<Timex> dayFirst(String text, Timex t, int floor) {
    int begin = t.span().begin();
    String before = text.substring(Math.max(floor, begin - LOOK), begin);
    boolean month = isMonth(t);
    Matcher m = (month ? DAYS_BEFORE : DAY_BEFORE).matcher(before);
    if (!m.find()) {
      return List.of(t);
    }
    int offset = begin - before.length();
    int first = Integer.parseInt(m.group(1));
    int last = month ? Integer.parseInt(m.group(2)) : Integer.parseInt(t.value().substring(8, 10));
    if (first < 1 || !laterDayOfMonth(t.value(), first, last)) {
      return List.of(t);
    }
    CharSpan opening = new CharSpan(offset + m.start(1), offset + m.end(1));
    Timex start = new Timex(opening, opening.of(text), TimexType.DATE, day(t.value(), m.group(1)), t.sentence());
    if (!month) {
      return List.of(start, t);
    }
    CharSpan closing = new CharSpan(offset + m.start(2), t.span().end());
    return List.of(start, new Timex(closing, closing.of(text), TimexType.DATE, day(t.value(), m.group(2)), t.sentence()));
  }

  private static boolean isFullDay(Timex t) {
    return t.type() == TimexType.DATE && t.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}");
  }

  /** "May 2 to 3": the bare day after a full date is a date of the same month. */
  private List<Timex> rangeEnd(String text, Timex t) {
    if (!t.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}")) {
      return List.of();
    }
    Matcher m = rangeEnd.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12)));
    if (!m.find()) {
      return List.of();
    }
    int firstDay = Integer.parseInt(t.value().substring(8, 10));
    if (!laterDayOfMonth(t.value(), firstDay, Integer.parseInt(m.group(1)))) {
      return List.of(); // "from 40 percent on July 14 to 46 percent": no day 46
    }
    CharSpan span = new CharSpan(t.span().end() + m.start(1), t.span().end() + m.end(1));
    String value = day(t.value().substring(0, 7), m.group(1));
    return List.of(new Timex(span, span.of(text), TimexType.DATE, value, t.sentence()));
  }

  /** Whether {@code day} comes after {@code firstDay} in the month of {@code value} ("2016-07", "XXXX-02-03"). */
  static boolean laterDayOfMonth(String value, int firstDay, int day) {
    int month = Integer.parseInt(value.substring(5, 7));
    if (month < 1 || month > 12) {
      return false;
    }
    int length = value.startsWith("XXXX") ? java.time.Month.of(month).maxLength()
        : java.time.YearMonth.of(Integer.parseInt(value.substring(0, 4)), month).lengthOfMonth();
    return firstDay < day && day <= length;
  }

  private static String day(String yearMonth, String day) {
    return yearMonth.length() >= 7 ? yearMonth.substring(0, 7) + "-" + (day.length() == 1 ? "0" + day : day) : "";
  }

  private static boolean isMonth(Timex t) {
    return t.value().matches("(\\d{4}|XXXX)-\\d{2}") && !t.text().contains(" ");
  }
}
