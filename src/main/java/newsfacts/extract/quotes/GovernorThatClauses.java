package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * "The mayor continues to insist, in every interview, that the budget is balanced": the parse hangs the
 * that-clause on the verb that governs the reporting verb ("continues") instead of on the reporting verb. The
 * clause is the reporting verb's content when it comes after it, opens with a complementizer "that" and has a
 * subject of its own, when the reporting verb has no clause of its own, and when the governing verb is no
 * reporting verb (whose own reading takes the clause: "said he wanted to add that ...").
 */
final class GovernorThatClauses {
  private GovernorThatClauses() {
  }

  /** The head of the that-clause hung on the verb governing {@code verb}, or -1. */
  static int clause(ParsedSentence p, int verb, Set<String> reportingVerbs) {
    int governor = p.head(verb);
    if (governor < 0 || !p.relation(verb).equals("xcomp") || p.child(verb, "ccomp") >= 0
        || reportingVerbs.contains(p.token(governor).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int c : p.children(governor)) {
      if (c > verb && p.relation(c).equals("ccomp") && ObliqueThatClauses.isThatClause(p, c)) {
        return c;
      }
    }
    return -1;
  }

  /** The clause after its "that", or null. */
  static BitSet content(ParsedSentence p, int verb, Set<String> reportingVerbs) {
    int clause = clause(p, verb, reportingVerbs);
    if (clause < 0) {
      return null;
    }
    BitSet content = p.subtree(clause);
    content.clear(0, ObliqueThatClauses.that(p, clause) + 1);
    return content;
  }
}
