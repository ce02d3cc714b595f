package newsfacts.extract.dates;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Ranges of days read from the text where the annotator left them in pieces: "July 3-4, 2024"
 * ("July", a valueless "3-4," and "2024"), "14-16 November" (a valueless "14-16"), "5-6 May last
 * year", "between 10 and 12 June", "30 April-2 May 2023" (only "May 2023" tagged) and "June 30-July 2,
 * 2023". Each becomes two dates, as the scheme asks, the year taken from the range's own year when
 * written, else from the annotator's reading of the month.
 */
final class TextDayRanges {
  private static final String DAY = "(\\d{1,2})";
  private static final String YEAR = "(?:,?\\s+(\\d{4}))?(?![\\d%])";
  private static final Pattern FULL_YEAR = Pattern.compile("^(\\d{4})-\\d{2}");
  private final Pattern acrossMonthFirst;
  private final Pattern acrossDayFirst;
  private final Pattern monthFirst;
  private final Pattern dayFirst;
  private final DateWords words;

  TextDayRanges(DateWords words) {
    this.words = words;
    String month = "(" + WordLists.anyOf(words.calendarMonths().keySet().stream()
        .map(m -> m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1)).toList()) + ")\\b\\.?";
    String span = "\\s*[-\u2013]\\s*|\\s+(?:to|through|until)\\s+";
    String any = "\\s*[-\u2013]\\s*|\\s+" + WordLists.anyOf(words.dateRangeWords()) + "\\s+";
    String open = "(?<![\\d.,:/$%-])";
    String close = "(?![\\d%:]|[.,]\\d)";
    this.acrossMonthFirst = Pattern.compile(month + "\\s+" + DAY + "(?:" + span + ")" + month + "\\s+" + DAY + close + YEAR);
    this.acrossDayFirst = Pattern.compile(open + DAY + "\\s+" + month + "(?:" + span + ")" + DAY + "\\s+" + month + YEAR);
    this.monthFirst = Pattern.compile(month + "\\s+" + DAY + "(?:" + any + ")" + DAY + close + YEAR);
    this.dayFirst = Pattern.compile(open + DAY + "(?:" + any + ")" + DAY + "\\s+" + month + YEAR);
  }

  /** The expressions with each range found in the text in two dates, in text order. */
  List<Timex> split(String text, List<Timex> timexes) {
    List<Timex> out = new ArrayList<>(timexes);
    List<CharSpan> done = new ArrayList<>();
    read(text, out, done, acrossMonthFirst, 1, 2, 3, 4);
    read(text, out, done, acrossDayFirst, 2, 1, 4, 3);
    read(text, out, done, monthFirst, 1, 2, 1, 3);
    read(text, out, done, dayFirst, 3, 1, 3, 2);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /** Groups: the first month and day, the second month and day; the written year is the last group. */
  private void read(String text, List<Timex> out, List<CharSpan> done, Pattern pattern, int m1, int d1, int m2, int d2) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      CharSpan whole = new CharSpan(m.start(), m.end());
      List<Timex> covered = out.stream().filter(t -> t.span().overlaps(whole)).toList();
      if (done.stream().anyMatch(whole::overlaps) || covered.isEmpty()
          || covered.stream().anyMatch(t -> t.span().begin() < whole.begin() || t.type() != TimexType.DATE)
          || covered.stream().noneMatch(t -> t.value().matches("(\\d{4}|XXXX)-\\d{2}.*"))) {
        continue;
      }
      int wholeEnd = text.charAt(whole.end() - 1) == '.' ? whole.end() - 1 : whole.end(); // a full stop, or the annotator's "Nov."
      int end = Math.max(wholeEnd, covered.stream().mapToInt(t -> t.span().end()).max().orElse(wholeEnd));
      int secondBegin = m1 == m2 ? m.start(d2) : Math.min(m.start(d2), m.start(m2));
      List<Timex> pair = pair(text, m, covered, new int[] {m1, d1, m2, d2}, secondBegin, end);
      if (!pair.isEmpty()) {
        out.removeAll(covered);
        out.addAll(pair);
        done.add(whole);
      }
    }
  }

  private List<Timex> pair(String text, Matcher m, List<Timex> covered, int[] groups, int secondBegin, int end) {
    String month1 = words.calendarMonths().get(m.group(groups[0]).toLowerCase(Locale.ROOT));
    String month2 = words.calendarMonths().get(m.group(groups[2]).toLowerCase(Locale.ROOT));
    int day1 = Integer.parseInt(m.group(groups[1]));
    int day2 = Integer.parseInt(m.group(groups[3]));
    String written = m.group(m.groupCount());
    String year2 = written != null ? written : yearOf(covered, secondBegin);
    String year1 = year2;
    if (month1.compareTo(month2) > 0 && !"XXXX".equals(year2)) {
      year1 = String.valueOf(Integer.parseInt(year2) - 1); // "December 30-January 2"
    }
    boolean sameMonth = month1.equals(month2);
    if (day1 < 1 || day2 < 1 || sameMonth && day1 >= day2 || !fits(year1, month1, day1) || !fits(year2, month2, day2)) {
      return List.of();
    }
    int firstEnd = sameMonth && groups[0] == groups[2] && m.start(groups[0]) > m.start(groups[1])
        ? m.end(groups[1]) : Math.max(m.end(groups[0]), m.end(groups[1]));
    CharSpan first = new CharSpan(m.start(), firstEnd);
    CharSpan second = new CharSpan(secondBegin, end);
    int sentence = covered.get(0).sentence();
    return List.of(new Timex(first, first.of(text), TimexType.DATE, year1 + "-" + month1 + "-" + two(day1), sentence),
        new Timex(second, second.of(text), TimexType.DATE, year2 + "-" + month2 + "-" + two(day2), sentence));
  }

  /** The year the annotator gave the range's end (or, failing that, any piece of it). */
  private static String yearOf(List<Timex> covered, int secondBegin) {
    String year = "XXXX";
    for (Timex t : covered) {
      Matcher y = FULL_YEAR.matcher(t.value());
      if (y.find() && (year.equals("XXXX") || t.span().end() > secondBegin)) {
        year = y.group(1);
      }
    }
    return year;
  }

  private static boolean fits(String year, String month, int day) {
    int length = year.equals("XXXX") ? java.time.Month.of(Integer.parseInt(month)).maxLength()
        : YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).lengthOfMonth();
    return day <= length;
  }

  private static String two(int day) {
    return day < 10 ? "0" + day : String.valueOf(day);
  }
}
