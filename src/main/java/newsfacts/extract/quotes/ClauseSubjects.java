package newsfacts.extract.quotes;

import java.util.BitSet;
import newsfacts.extract.ParsedSentence;

/**
 * The subject of a reporting verb's own clause, read from the parse: the agent of a passive, the
 * nearest of two subjects, the noun of a relative "who".
 */
final class ClauseSubjects {
  private ClauseSubjects() {
  }

  /** "X was warned by the ministry that ...": the agent of a passive verb, or -1. */
  static int agentOf(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      int mark = p.child(c, "case");
      boolean by = mark >= 0 && p.token(mark).word().equalsIgnoreCase("by");
      if (c > verb && (p.relation(c).equals("obl:agent") || p.relation(c).startsWith("obl") && by)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The verb's subject; of two, the one nearest before the verb: "WASHINGTON - The agency
   * announced", parsed with the dateline as a second subject, is the agency's.
   */
  static int subject(ParsedSentence p, int verb) {
    int first = p.child(verb, "nsubj");
    int nearest = -1;
    for (int c : p.children(verb)) {
      boolean isSubject = p.relation(c).equals("nsubj") || p.relation(c).startsWith("nsubj:");
      if (isSubject && c < verb && c > nearest) {
        nearest = c;
      }
    }
    return nearest >= 0 && !apposed(p, first, nearest) ? nearest : first;
  }

  /**
   * "Freedonia, the region's largest lender, said", parsed with two subjects: the second is an
   * apposition of the first, a bare name (no clause of its own) right before it and a comma.
   */
  private static boolean apposed(ParsedSentence p, int name, int nominal) {
    if (name < 0 || name >= nominal || !p.token(name).pos().startsWith("NNP")) {
      return false;
    }
    BitSet phrase = p.subtree(name);
    int comma = phrase.length();
    comma = p.token(comma - 1).pos().equals(",") ? comma - 1 : comma;
    for (int i = phrase.nextSetBit(0); i >= 0 && i < comma; i = phrase.nextSetBit(i + 1)) {
      if (!p.token(i).pos().startsWith("NNP") && !p.token(i).pos().equals("DT")) {
        return false;
      }
    }
    return comma < p.size() && p.token(comma).pos().equals(",") && p.subtree(nominal).nextSetBit(0) == comma + 1;
  }

  /**
   * "Ana Ruiz, who chairs the board, said" or, parsed as a conjunct of the relative clause, "Ana
   * Ruiz, who chairs the board, also noted": the noun the relative clause hangs on; the pronoun
   * itself when the clause hangs on nothing.
   */
  static int relativeAntecedent(ParsedSentence p, int verb, int pronoun) {
    int clause = verb;
    for (int depth = 0; depth < 3 && p.relation(clause).startsWith("conj") && p.head(clause) >= 0; depth++) {
      clause = p.head(clause);
    }
    return p.relation(clause).startsWith("acl") && p.head(clause) >= 0 ? p.head(clause) : pronoun;
  }
}
