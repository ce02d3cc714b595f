package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;

/**
 * "She said as much", "He has said the same thing", "Half said the same of the mayor": a pro-form right after
 * "say" is what was said (say-pro-forms.txt), with the "of/for/about" phrase that names what it is said of.
 * The longest listed phrase wins; it must end the clause (a comma, a full stop or a preposition follows), so
 * "said the same thing would happen" is left to the clausal readings.
 */
final class ProFormContent {
  private static final Set<String> PRO_FORMS = WordLists.set("say-pro-forms.txt");
  private static final Set<String> AMOUNTS = WordLists.set("said-amount-words.txt");
  private static final Set<String> TOPIC_MARKS = Set.of("about", "of", "on", "regarding");
  private static final int LONGEST = 3;

  private ProFormContent() {
  }

  /** The pro-form after a "say" verb, or null. */
  static BitSet after(ParsedSentence p, int verb) {
    if (!p.token(verb).lemma().equalsIgnoreCase("say")) {
      return null;
    }
    for (int length = LONGEST; length >= 2; length--) {
      int end = verb + 1 + length;
      if (end > p.size() || !PRO_FORMS.contains(words(p, verb + 1, end))) {
        continue;
      }
      if (endsClause(p, end)) {
        BitSet content = new BitSet();
        content.set(verb + 1, end);
        if (end < p.size() && p.token(end).word().toLowerCase(Locale.ROOT).matches("of|for|about") && p.head(end) > end) {
          content.or(p.subtree(p.head(end)));
        }
        return content;
      }
    }
    return null;
  }

  /**
   * "She has said little in public": the content of a "say" verb opens with its object, a word of amount
   * (said-amount-words.txt), and no "about/of/on" names a topic in it; it states how much was said, not what.
   */
  static boolean amountOnly(ParsedSentence p, int verb, BitSet content) {
    int object = p.child(verb, "obj");
    if (!p.token(verb).lemma().equalsIgnoreCase("say") || object < 0 || content.nextSetBit(0) != object
        || !AMOUNTS.contains(p.token(object).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return content.stream().noneMatch(i -> TOPIC_MARKS.contains(p.token(i).word().toLowerCase(Locale.ROOT)));
  }

  private static String words(ParsedSentence p, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(p.token(i).word().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static boolean endsClause(ParsedSentence p, int i) {
    return i >= p.size() || p.token(i).word().matches("[.!?,;:]") || p.token(i).pos().equals("IN");
  }
}
