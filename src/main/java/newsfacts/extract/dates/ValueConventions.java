package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * One expression's type and value brought to TempEval-3's conventions: "the past decade" a duration,
 * "five years ago" at year granularity, "Friday night" the day, no time zone, "every morning" the part of
 * an unspecified day, and a decade that came as a SET a date.
 */
final class ValueConventions {
  /** A time zone after a clock time ("T17:00-0500"): TimeBank values carry none. */
  private static final Pattern ZONE = Pattern.compile("(?<=T\\d{2}(:\\d{2}){0,2})(Z|[+-]\\d{2}:?\\d{2})$");
  /**
   * The night of a named day ("Friday night", "the night of Oct. 23") is that day: TimeBank values
   * it as the date 11 times where it writes TNI 5 (TempEval-3 training data); "last night" keeps it.
   */
  private static final Pattern PART_OF_DAY = Pattern.compile("T(MO|AF|EV|NI|DT)");
  private static final Pattern NIGHT = Pattern.compile("(?<=\\d{2}|XX)TNI$");
  /** "the past 5 years", "the next few weeks": modifier, count and unit from the date lexicon. */
  private final Pattern durationSpan;
  /** "... two months ago", "five years from now": the unit as written is group 1. */
  private final Pattern ago;
  private final DateWords words;

  ValueConventions(DateWords words) {
    this.durationSpan = Pattern.compile("(?i)(the\\s+" + WordLists.anyOf(words.durationSpanModifiers())
        + "\\s+|(?=\\S+\\s+\\S))(\\d+\\s+|" + WordLists.anyOf(words.vagueCounts()) + "\\s+|"
        + WordLists.anyOf(words.countWords().keySet()) + "\\s+)?("
        + WordLists.anyOf(words.durationUnits().keySet()) + ")s?");
    this.ago = Pattern.compile("(?i).*\\b(" + WordLists.anyOf(words.agoUnits().keySet()) + "s?)\\s+(?:ago|from\\s+now)");
    this.words = words;
  }

  /** The value (or values: none for an empty range piece) of one expression under the scheme's conventions. */
  List<Timex> apply(Timex t) {
    Matcher range = DateRanges.DAY_RANGE.matcher(t.text());
    if (range.matches() && t.value().isEmpty()) {
      return List.of();
    }
    Matcher span = durationSpan.matcher(t.text());
    if (span.matches() && (t.type() == TimexType.DURATION || !span.group(1).isEmpty()) && !isStoryStep(t, span)) {
      // no count: one unit, or an unknown number of them when the unit is plural ("the coming years")
      String count = span.group(2) != null ? span.group(2).strip().toLowerCase(Locale.ROOT) : span.end(3) < t.text().length() ? "X" : "1";
      count = count.matches("\\d+") ? count : words.countWords().getOrDefault(count, "X");
      String code = words.durationUnits().get(span.group(3).toLowerCase(Locale.ROOT));
      return List.of(t.withType(TimexType.DURATION, durationValue(count, code)));
    }
    if (NIGHT.matcher(t.value()).find() && namesDay(t.text())) {
      return apply(t.withType(TimexType.DATE, NIGHT.matcher(t.value()).replaceFirst("")));
    }
    if (t.value().matches("\\d{4}-\\d{2}-\\d{2}T00:00") && namesDay(t.text()) && endsDay(t.text())) {
      // "midnight Friday" closes Friday (TimeML T24); the tagger gives its start
      return List.of(t.withValue(t.value().replace("T00:00", "T24")));
    }
    if (ZONE.matcher(t.value()).find()) {
      return apply(t.withValue(ZONE.matcher(t.value()).replaceFirst("")));
    }
    if (t.value().matches("\\d{3}X|\\d{2}XX")) {
      return apply(t.withValue(t.value().replace("X", "")));
    }
    if (t.type() == TimexType.SET && PART_OF_DAY.matcher(t.value()).matches()) {
      // "every morning": TimeML writes the part of an unspecified day, "XXXX-XX-XXTMO"
      return List.of(t.withValue("XXXX-XX-XX" + t.value()));
    }
    if (t.value().matches("\\d{2,3}") && t.type() == TimexType.SET) {
      // "the late 1970s" comes as a SET from the annotator: a decade or century is a DATE
      return List.of(t.withType(TimexType.DATE, t.value()));
    }
    Matcher ago = this.ago.matcher(t.text());
    if (ago.matches() && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      int length = agoPrecision(ago.group(1)).length();
      return List.of(t.withValue(t.value().substring(0, length)));
    }
    return List.of(t);
  }

  /**
   * "the previous day": the day before the story's date (StoryTime reads it), not a duration. "The
   * previous 12 months", "the previous years" and "in the previous decade" (polnear-train 2 of 2) stay durations.
   */
  private boolean isStoryStep(Timex t, Matcher span) {
    String[] modifier = span.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+");
    return t.type() == TimexType.DATE && span.group(2) == null && span.end(3) == t.text().length()
        && span.group(3).equalsIgnoreCase("day") && modifier.length == 2 && words.storyOffsets().containsKey(modifier[1]);
  }

  /**
   * "P5W" for five weeks. A unit that is a multiple ("10Y", a decade) multiplies the count ("two
   * decades" P20Y); an unknown count stays unknown ("PXY").
   */
  private static String durationValue(String count, String code) {
    if (!Character.isDigit(code.charAt(0))) {
      return "P" + count + code;
    }
    int multiple = Integer.parseInt(code.replaceAll("\\D+$", ""));
    String unit = code.replaceAll("^\\d+", "");
    return count.equals("X") ? "PX" + unit : "P" + Integer.parseInt(count) * multiple + unit;
  }

  /**
   * The value pattern of the first unit (ago-units.txt) the word starts with, in any case ("Years");
   * the last, finest one listed when none does.
   */
  private String agoPrecision(String unitAsWritten) {
    String precision = "";
    for (var unit : words.agoUnits().entrySet()) {
      precision = unit.getValue();
      if (unitAsWritten.toLowerCase(Locale.ROOT).startsWith(unit.getKey())) {
        return precision;
      }
    }
    return precision;
  }

  /** "Friday night", "Oct. 23": the text names a weekday or a month (with its day). */
  private boolean endsDay(String text) {
    return LetterWords.of(text).anyMatch(words.dayEndWords()::contains);
  }

  private boolean namesDay(String text) {
    return LetterWords.of(text).anyMatch(w -> words.weekdayNames().contains(w) || words.calendarMonths().containsKey(w));
  }
}
