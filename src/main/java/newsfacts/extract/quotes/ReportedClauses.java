package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * A clause hedged by an adverb that cites unnamed reports ("The council has reportedly hired a
 * lawyer"): the clause is a quote with no stated source, the adverb its cue. The clause is the
 * subtree of the verb the adverb modifies, without clauses coordinated to it that have a subject of
 * their own ("..., and the mayor said ...").
 */
final class ReportedClauses {
  /** Adverbs that attribute a clause to reports without naming their source. */
  private static final Set<String> CITING_ADVERBS = Set.of("reportedly");

  private ReportedClauses() {
  }

  /** The index of a citing adverb in the sentence, or -1. */
  static int adverb(ParsedSentence p) {
    for (int t = 0; t < p.size(); t++) {
      if (CITING_ADVERBS.contains(p.token(t).word().toLowerCase(Locale.ROOT)) && p.relation(t).equals("advmod")
          && p.head(t) >= 0) {
        return t;
      }
    }
    return -1;
  }

  /** The clause the adverb at {@code adverb} hedges, or null when its verb has no subject. */
  static BitSet clause(ParsedSentence p, int adverb) {
    int verb = p.head(adverb);
    if (p.child(verb, "nsubj", "nsubj:pass") < 0) {
      return null;
    }
    BitSet content = p.subtree(verb);
    for (int c : p.children(verb)) {
      boolean ownClause = (p.relation(c).startsWith("conj") || p.relation(c).startsWith("parataxis"))
          && p.child(c, "nsubj", "nsubj:pass") >= 0;
      if (c > verb && ownClause) {
        content.andNot(p.subtree(c));
        int cc = p.child(c, "cc");
        if (cc >= 0) {
          content.clear(cc);
        }
      }
    }
    return content;
  }
}
