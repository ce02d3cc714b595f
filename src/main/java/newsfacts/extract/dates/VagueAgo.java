package newsfacts.extract.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * "several years ago", "a few weeks ago", "months ago": a time back by an unknown number of units is
 * PAST_REF, as TimeML values a vague past reference (TempEval-3 training data: "several years ago"
 * PAST_REF). The annotator counts one unit or a guessed number back and gives a year or a day no
 * word of the text names. So ahead: "years from now", "a few months from now" are FUTURE_REF.
 */
final class VagueAgo {
  private final Pattern vague;

  VagueAgo(DateWords words) {
    this.vague = Pattern.compile("(?i)((a\\s+)?(" + WordLists.anyOf(words.vagueCounts()) + ")\\s+)?("
        + WordLists.anyOf(words.durationUnits().keySet()) + ")s\\s+(ago|from\\s+now)");
  }

  Timex read(Timex t) {
    Matcher m = vague.matcher(t.text().strip());
    if (t.type() != TimexType.DATE || !m.matches()) {
      return t;
    }
    return t.withValue(m.group(5).equalsIgnoreCase("ago") ? "PAST_REF" : "FUTURE_REF");
  }
}
