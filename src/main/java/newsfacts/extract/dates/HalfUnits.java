package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A length whose count the annotator cuts off: "2 1/2 years" (tagged "years", PXY) is P2Y6M,
 * "a minute and a half later" (tagged "a minute" and "a half later") is "a minute and a half",
 * PT1M30S, "half a century" (tagged "a century") P50Y, and "20 more years" (tagged "years") P20Y.
 * The half is written in the next smaller unit, as TimeML values are; a unit with no whole half
 * below it (a month, a week) stays as tagged.
 */
final class HalfUnits {
  /** "2 1/2 " right before the unit; the count is group 1. */
  private static final Pattern COUNT_BEFORE = Pattern.compile("(\\d+)\\s+1/2\\s+$");
  /** "20 more " or "two more " right before the unit; the count is group 1. */
  private static final Pattern COUNT_MORE = Pattern.compile("(?i)\\b(\\d+|[a-z]+)\\s+more\\s+$");
  private static final Pattern AND_A_HALF = Pattern.compile("^\\s+and\\s+a\\s+half\\b");
  /** "half " right before "a century", "an hour". */
  private static final Pattern HALF_BEFORE = Pattern.compile("(?i)\\bhalf\\s+$");
  private static final Pattern ONE_ARTICLE = Pattern.compile("(?i)^an?\\s");
  /** A duration of one unit: the time marker (group 1), the count (2) and the unit (3). */
  private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+|X)([YMWDHS])");
  private static final int LOOK = 16;

  private final DateWords words;

  HalfUnits(DateWords words) {
    this.words = words;
  }

  List<Timex> join(String text, List<Timex> timexes) {
    List<Timex> joined = new ArrayList<>();
    int covered = -1;
    for (Timex t : timexes) {
      if (t.span().begin() < covered) {
        continue;
      }
      Timex whole = withMore(text, halfOfOne(text, withHalf(text, t)));
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

  /** "half" + "a century" (P100Y) -> "half a century", P50Y; "half an hour" PT30M. */
  private static Timex halfOfOne(String text, Timex t) {
    Matcher unit = ONE_UNIT.matcher(t.value());
    if (t.type() != TimexType.DURATION || !unit.matches() || unit.group(2).equals("X") || !ONE_ARTICLE.matcher(t.text()).find()) {
      return t;
    }
    int begin = t.span().begin();
    Matcher half = HALF_BEFORE.matcher(text.substring(Math.max(0, begin - LOOK), begin));
    int count = Integer.parseInt(unit.group(2));
    String halfUnit = count == 1 ? halfOf(unit.group(1), unit.group(3)) : null;
    String value = count % 2 == 0 ? "P" + unit.group(1) + count / 2 + unit.group(3)
        : halfUnit == null ? null : "P" + unit.group(1) + halfUnit;
    if (!half.find() || value == null) {
      return t;
    }
    CharSpan span = new CharSpan(begin - (half.end() - half.start()), t.span().end());
    return new Timex(span, span.of(text), TimexType.DURATION, value, t.sentence());
  }

  /** "two more weeks": the count joins an uncounted unit ("weeks", PXW) and gives it its number (P2W). */
  private Timex withMore(String text, Timex t) {
    Matcher unit = ONE_UNIT.matcher(t.value());
    if (t.type() != TimexType.DURATION || !unit.matches() || !unit.group(2).equals("X")) {
      return t;
    }
    int begin = t.span().begin();
    String before = text.substring(Math.max(0, begin - LOOK), begin);
    Matcher more = COUNT_MORE.matcher(before);
    if (!more.find()) {
      return t;
    }
    String count = more.group(1).matches("\\d+") ? more.group(1) : words.countWords().get(more.group(1).toLowerCase(Locale.ROOT));
    if (count == null) {
      return t;
    }
    CharSpan span = new CharSpan(begin - (before.length() - more.start(1)), t.span().end());
    return new Timex(span, span.of(text), TimexType.DURATION, "P" + unit.group(1) + count + unit.group(3), t.sentence());
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
