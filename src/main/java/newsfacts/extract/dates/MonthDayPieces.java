package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A month and its day the annotator cut in two after an abbreviation's period: "last Oct." (the
 * month, 2030-10) and "23" (no value). They are one date, that day of that month ("last Oct. 23",
 * 2030-10-23), as "Oct. 23" alone would be. A number that is no day of the month stays apart.
 */
final class MonthDayPieces {
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");

  private MonthDayPieces() {
  }

  static List<Timex> join(String text, List<Timex> timexes) {
    List<Timex> out = new ArrayList<>(timexes.size());
    for (int i = 0; i < timexes.size(); i++) {
      Timex t = timexes.get(i);
      Timex next = i + 1 < timexes.size() ? timexes.get(i + 1) : null;
      if (next != null && isDayOf(text, t, next)) {
        CharSpan span = new CharSpan(t.span().begin(), next.span().end());
        String day = next.text().length() == 1 ? "0" + next.text() : next.text();
        out.add(new Timex(span, span.of(text), TimexType.DATE, t.value() + "-" + day, t.sentence()));
        i++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** "Oct." + " " + "23": a month ending in a period, then a bare number with no value that the month has as a day. */
  private static boolean isDayOf(String text, Timex month, Timex day) {
    return month.type() == TimexType.DATE && MONTH.matcher(month.value()).matches() && month.text().endsWith(".")
        && day.value().isEmpty() && DAY.matcher(day.text()).matches()
        && text.substring(month.span().end(), day.span().begin()).equals(" ")
        && DateRanges.laterDayOfMonth(month.value(), 0, Integer.parseInt(day.text()));
  }
}
