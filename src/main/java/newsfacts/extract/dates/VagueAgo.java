package newsfacts.extract.dates;

import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * "several years ago", "a few weeks ago", "months ago": a time back by an unknown number of units is
 * PAST_REF, as TimeML values a vague past reference (TempEval-3 training data: "several years ago"
 * PAST_REF). The annotator counts one unit or a guessed number back and gives a year or a day no
 * word of the text names.
 */
final class VagueAgo {
  private final Pattern vague;

  VagueAgo(DateWords words) {
    this.vague = Pattern.compile("(?i)((a\\s+)?(" + WordLists.anyOf(words.vagueCounts()) + ")\\s+)?("
        + WordLists.anyOf(words.durationUnits().keySet()) + ")s\\s+ago");
  }

  Timex read(Timex t) {
    if (t.type() != TimexType.DATE || !vague.matcher(t.text().strip()).matches()) {
      return t;
    }
    return t.withValue("PAST_REF");
  }
}
