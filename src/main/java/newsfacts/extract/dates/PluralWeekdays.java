package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A weekday in the plural recurs: "on Fridays" is a SET, XXXX-WXX-5, and "Saturday nights"
 * XXXX-WXX-6TNI (TimeML), where the annotator dates one day. A single weekday joined to such a
 * plural by "and" or "or" shares its reading: "on Monday and Tuesday nights" is two SETs,
 * XXXX-WXX-1TNI and XXXX-WXX-2TNI.
 */
final class PluralWeekdays {
  /** TimeML's codes for the parts of a day, by the plural noun that names them. */
  private static final Map<String, String> PARTS = Map.of("mornings", "TMO", "afternoons", "TAF", "evenings", "TEV",
      "nights", "TNI");
  /** The weekday (group 1) and the plural part of the day (group 2), or the weekday's own plural "s". */
  private static final Pattern PLURAL = Pattern.compile("(?i)([a-z]+?)(?:s|\\s+(mornings|afternoons|evenings|nights))");
  private static final Pattern JOINED = Pattern.compile("(?i)\\s+(and|or)\\s+");
  private final DateWords words;

  PluralWeekdays(DateWords words) {
    this.words = words;
  }

  List<Timex> read(String text, List<Timex> dates) {
    List<Timex> read = new ArrayList<>(dates);
    for (int i = 0; i < read.size(); i++) {
      Timex t = read.get(i);
      String part = partOf(t.text().strip());
      if (part == null) {
        continue;
      }
      read.set(i, t.withType(TimexType.SET, set(dayNumber(firstWord(t.text())), part)));
      if (i > 0 && joined(text, read.get(i - 1), t)) {
        Timex single = read.get(i - 1);
        read.set(i - 1, single.withType(TimexType.SET, set(dayNumber(single.text().strip()), part)));
      }
    }
    return read;
  }

  /** The part-of-day code ("" for a bare plural weekday) when the text is a plural weekday; else null. */
  private String partOf(String text) {
    Matcher m = PLURAL.matcher(text);
    if (!m.matches() || dayNumber(m.group(1)) == 0) {
      return null;
    }
    return m.group(2) == null ? "" : PARTS.get(m.group(2).toLowerCase(Locale.ROOT));
  }

  /** "Monday" right before "and" or "or" and the plural. */
  private boolean joined(String text, Timex single, Timex plural) {
    return single.span().end() <= plural.span().begin() && dayNumber(single.text().strip()) > 0
        && JOINED.matcher(text.substring(single.span().end(), plural.span().begin())).matches();
  }

  private static String firstWord(String text) {
    return text.strip().split("\\s+")[0].replaceFirst("(?i)s$", "");
  }

  /** 1 for Monday to 7 for Sunday (weekday-names.txt in that order); 0 for any other word. */
  private int dayNumber(String word) {
    return words.weekdayNames().indexOf(word.toLowerCase(Locale.ROOT)) + 1;
  }

  private static String set(int day, String part) {
    return "XXXX-WXX-" + day + part;
  }
}
