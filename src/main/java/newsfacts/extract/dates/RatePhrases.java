package newsfacts.extract.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A unit after a quantity is a rate, and TimeML annotates a rate as a SET: "$2 million a year",
 * "four flights a week", "24 hours a day", "twice a week" give SET P1Y, P1W, P1D, P1W. Only "a" or
 * "per" and a unit of duration-units.txt right after a number, a plural noun or an adverb of how
 * often (frequency-adverbs.txt) count; "within a week" stays a duration.
 */
final class RatePhrases {
  private static final Pattern RATE = Pattern.compile("(?i)(a|an|per)\\s+([a-z]+)");
  private static final Set<String> HOW_OFTEN = WordLists.set("frequency-adverbs.txt");
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

  /** The token before the expression is a number ("$500 million"), a plural noun ("flights") or "twice". */
  private static boolean afterQuantity(AnnotatedArticle doc, Timex t) {
    return PreviousToken.of(doc, t)
        .filter(p -> p.pos().matches("CD|NNS") || HOW_OFTEN.contains(p.word().toLowerCase(Locale.ROOT))).isPresent();
  }
}
