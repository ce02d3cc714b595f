package newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A half of a named year, which the annotator values as the whole year: "the second half of 2018"
 * and "the last half of 2018" are 2018-H2, "the first half of 2018" 2018-H1 (TimeML writes a half
 * year as H1 or H2, as it writes a quarter Q1 to Q4). "the first two quarters of 2018" is left to
 * {@link PartOfPeriod}, which splits it as TimeML does "the first nine months of 2031". The short
 * forms "H1 2031" and "Q3 2031" are the same (the annotator tags the year alone, or writes a fiscal
 * quarter "2031-FYQ3" where no fiscal year is named).
 */
final class YearHalves {
  private YearHalves() {
  }

  /** The half's ordinal (group 1) and the year (group 2) ending the expression. */
  private static final Pattern HALF_OF_YEAR = Pattern.compile("(?is)(?:.*\\s)?(first|second|last|latter|final)\\s+half\\s+of\\s+(\\d{4})");

  /** "H1 " or "Q3 " right before a year: the business press's short form of a half or quarter. */
  private static final Pattern SHORT_FORM = Pattern.compile("(?<![\\w-])([HQ])([1-4])\\s$");

  static Timex read(String text, Timex t) {
    Matcher s = SHORT_FORM.matcher(text.substring(Math.max(0, t.span().begin() - 4), t.span().begin()));
    if (t.type() == TimexType.DATE && t.value().matches("\\d{4}") && t.text().equals(t.value()) && s.find()
        && (s.group(1).equals("Q") || Integer.parseInt(s.group(2)) <= 2)) {
      CharSpan span = new CharSpan(t.span().begin() - 4 + s.start(), t.span().end());
      return new Timex(span, span.of(text), TimexType.DATE, t.value() + "-" + s.group(1) + s.group(2), t.sentence());
    }
    if (t.value().matches("\\d{4}-FYQ[1-4]") && !t.text().matches("(?is).*\\b(fiscal|FY).*")) {
      return t.withValue(t.value().replace("FYQ", "Q")); // "Q3 2024" is a calendar quarter unless a fiscal year is named
    }
    Matcher m = HALF_OF_YEAR.matcher(t.text().strip());
    if (!m.matches() || !t.value().isEmpty() && !t.value().equals(m.group(2))) {
      return t;
    }
    String half = m.group(1).toLowerCase(Locale.ROOT).equals("first") ? "H1" : "H2";
    return t.withValue(m.group(2) + "-" + half);
  }
}
