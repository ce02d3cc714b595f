package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * "a plan that critics described as reckless", "whom she described as volatile", "what the mayor portrayed
 * as a failure": a characterising verb whose object is the relative or question word before it. What was
 * said is the complement after the verb ("reckless"); the words before the verb hold the speaker.
 */
final class RelativeObjects {
  /** Object words of such clauses that relative-pronouns.txt does not list (it names subjects). */
  private static final Set<String> WH_OBJECTS = Set.of("what", "whom");
  /** Verbs that characterise ("what critics described as reckless"); "what she called the plan" mostly names. */
  private static final Set<String> CHARACTERISING = Set.of("describe", "label", "portray");

  private RelativeObjects() {
  }

  /** The complement as content, or null when {@code object} is no relative word or the verb has none. */
  static BitSet complement(ParsedSentence p, int verb, int object, QuoteWords words) {
    String word = p.token(object).word().toLowerCase(Locale.ROOT);
    int subject = p.child(verb, "nsubj");
    boolean characterises = CHARACTERISING.contains(p.token(verb).lemma().toLowerCase(Locale.ROOT));
    if (!characterises || object >= verb || subject <= object || subject >= verb
        || !WH_OBJECTS.contains(word) && !words.relativePronouns().contains(word)) {
      return null;
    }
    BitSet content = new BitSet();
    for (int c : p.children(verb)) {
      if (c > verb && !p.relation(c).matches("punct|cc|conj|parataxis|advmod|obl:tmod")) {
        content.or(p.subtree(c));
      }
    }
    int first = content.nextSetBit(0);
    if (first >= 0 && p.token(first).word().equalsIgnoreCase("as")) {
      content.clear(first);
    }
    return content.cardinality() == 0 ? null : content;
  }
}
