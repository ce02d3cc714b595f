package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A length and a half, which the annotator cuts: "2 1/2 years" (tagged "years", PXY) is P2Y6M,
 * "a minute and a half later" (tagged "a minute" and "a half later") is "a minute and a half",
 * PT1M30S. The half is written in the next smaller unit, as TimeML values are; a unit with no
 * whole half below it (a month, a week) stays as tagged.
 */
final class HalfUnits {
  /** "2 1/2 " right before the unit; the count is group 1. */
  private static final Pattern COUNT_BEFORE = Pattern.compile("(\\d+)\\s+1/2\\s+$");
  private static final Pattern AND_A_HALF = Pattern.compile("^\\s+and\\s+a\\s+half\\b");
  /** A duration of one unit: the time marker (group 1), the count (2) and the unit (3). */
  private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+|X)([YMDHS])");
  private static final int LOOK = 16;

  List<Timex> join(String text, List<Timex> timexes) {
    List<Timex> joined = new ArrayList<>();
    int covered = -1;
    for (Timex t : timexes) {
      if (t.span().begin() < covered) {
        continue;
      }
      Timex whole = withHalf(text, t);
      covered = whole == t ? covered : whole.span().end();
      joined.add(whole);
    }
    return joined;
  }

  private static Timex withHalf(String text, Timex t) {
    Matcher unit = ONE_UNIT.matcher(t.value());
    if (t.type() != TimexType.DURATION || !unit.matches()) {
      return t;
    }
    String half = halfOf(unit.group(1), unit.group(3));
    int begin = t.span().begin();
    int end = t.span().end();
    String before = text.substring(Math.max(0, begin - LOOK), begin);
    Matcher count = COUNT_BEFORE.matcher(before);
    Matcher andAHalf = AND_A_HALF.matcher(text.substring(end, Math.min(text.length(), end + LOOK)));
    String number;
    if (half != null && count.find()) {
      number = count.group(1);
      begin -= before.length() - count.start();
    } else if (half != null && !unit.group(2).equals("X") && andAHalf.find()) {
      number = unit.group(2);
      end += andAHalf.end();
    } else {
      return t;
    }
    CharSpan span = new CharSpan(begin, end);
    String value = "P" + unit.group(1) + Integer.parseInt(number) + unit.group(3) + half;
    return new Timex(span, span.of(text), TimexType.DURATION, value, t.sentence());
  }

  /** Half a year "6M", a day "T12H", an hour "30M", a minute "30S"; null for a month or a week. */
  private static String halfOf(String timeMarker, String unit) {
    if (timeMarker.isEmpty()) {
      return switch (unit) {
        case "Y" -> "6M";
        case "D" -> "T12H";
        default -> null;
      };
    }
    return switch (unit) {
      case "H" -> "30M";
      case "M" -> "30S";
      default -> null;
    };
  }
}
