package newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A unit after a quantity is a rate, and TimeML annotates a rate as a SET: "$2 million a year",
 * "four flights a week", "24 hours a day" give SET P1Y, P1W, P1D. Only "a" or "per" and a unit of
 * duration-units.txt right after a number or a plural noun count; "within a week" stays a duration.
 */
final class RatePhrases {
  private static final Pattern RATE = Pattern.compile("(?i)(a|an|per)\\s+([a-z]+)");
  private final DateWords words;

  RatePhrases(DateWords words) {
    this.words = words;
  }

  Timex read(AnnotatedArticle doc, Timex t) {
    Matcher m = RATE.matcher(t.text().strip());
    if (!m.matches() || t.type() == TimexType.SET) {
      return t;
    }
    String code = words.durationUnits().get(m.group(2).toLowerCase(Locale.ROOT));
    if (code == null || !afterQuantity(doc, t)) {
      return t;
    }
    return t.withType(TimexType.SET, Character.isDigit(code.charAt(0)) ? "P" + code : "P1" + code);
  }

  /** The token before the expression is a number ("$500 million") or a plural noun ("flights"). */
  private static boolean afterQuantity(AnnotatedArticle doc, Timex t) {
    return PreviousToken.of(doc, t).filter(p -> p.pos().matches("CD|NNS")).isPresent();
  }
}
