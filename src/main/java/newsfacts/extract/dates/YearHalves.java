package newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.Timex;

/**
 * A half of a named year, which the annotator values as the whole year: "the second half of 2018"
 * and "the last half of 2018" are 2018-H2, "the first half of 2018" 2018-H1 (TimeML writes a half
 * year as H1 or H2, as it writes a quarter Q1 to Q4). "the first two quarters of 2018" is left to
 * {@link PartOfPeriod}, which splits it as TimeML does "the first nine months of 2031".
 */
final class YearHalves {
  private YearHalves() {
  }

  /** The half's ordinal (group 1) and the year (group 2) ending the expression. */
  private static final Pattern HALF_OF_YEAR = Pattern.compile("(?is)(?:.*\\s)?(first|second|last|latter|final)\\s+half\\s+of\\s+(\\d{4})");

  static Timex read(Timex t) {
    Matcher m = HALF_OF_YEAR.matcher(t.text().strip());
    if (!m.matches() || !t.value().equals(m.group(2))) {
      return t;
    }
    String half = m.group(1).toLowerCase(Locale.ROOT).equals("first") ? "H1" : "H2";
    return t.withValue(m.group(2) + "-" + half);
  }
}
