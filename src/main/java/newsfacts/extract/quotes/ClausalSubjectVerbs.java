package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * "Officials insist the deal is technical", "Most voters agree the tax was a mistake": the parse reads the
 * reporting verb with the reported subject as its object ("insist the deal") and makes the verb the clausal
 * subject (csubj) of the reported predicate ("is technical"). The content runs from after the verb to the end
 * of the predicate's phrase, the verb's own subject speaking it. Not for participles, relatives (a wh-word) nor
 * when a preposition follows the verb ("what he spoke about was ...").
 */
final class ClausalSubjectVerbs {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private ClausalSubjectVerbs() {
  }

  /** The reported clause, or null unless the verb is such a clausal subject with a subject of its own. */
  static BitSet content(ParsedSentence p, int verb) {
    int predicate = p.head(verb);
    if (!p.relation(verb).equals("csubj") || predicate <= verb || p.child(verb, "nsubj") < 0
        || p.child(verb, "ccomp") >= 0 || !isFinite(p, verb) || hasWhWord(p, verb)) {
      return null;
    }
    int from = verb + 1;
    if (from < p.size() && ContentTrimmer.isComplementizer(p, from)) {
      from++;
    }
    BitSet content = p.subtree(predicate);
    content.clear(0, from);
    boolean phrase = from < p.size() && p.token(from).pos().matches("IN|TO");
    return content.cardinality() < 2 || phrase ? null : content;
  }

  /**
   * A finite verb or one with an auxiliary ("have suggested"): "a merger announced Monday would ..." and "the
   * country described by the president is ..." are participles modifying the subject.
   */
  private static boolean isFinite(ParsedSentence p, int verb) {
    return FINITE.contains(p.token(verb).pos()) || p.child(verb, "aux") >= 0;
  }

  /** "what she said in May was a lie", "who say the country is in decline": a wh-word makes it a relative. */
  private static boolean hasWhWord(ParsedSentence p, int verb) {
    return p.children(verb).stream().anyMatch(c -> c < verb && p.token(c).pos().startsWith("W"))
        || p.children(p.head(verb)).stream().anyMatch(c -> c < verb && p.token(c).pos().startsWith("W"));
  }
}
