package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.NerTag;

/**
 * The subject of a reporting verb's own clause, read from the parse: the agent of a passive, the
 * nearest of two subjects, the noun of a relative "who".
 */
final class ClauseSubjects {
  private static final Set<NerTag> SPEAKER_NAMES = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION);

  private ClauseSubjects() {
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

  /**
   * "At a meeting with the board of the Harbourton Post Ana Ruiz said that C": the parse hung the
   * name right before the verb inside the fronted phrase and gave the verb no subject. A person or
   * organisation name that ends right before the verb, outside its content, speaks; -1 otherwise.
   */
  static int swallowedName(ParsedSentence p, int verb, BitSet content) {
    int name = verb - 1;
    if (name < 1 || content.get(name) || subject(p, verb) >= 0 || !p.token(name).pos().startsWith("NNP")
        || !SPEAKER_NAMES.contains(p.token(name).ner()) || p.relation(name).startsWith("nsubj")) {
      return -1;
    }
    return p.head(name) == verb ? -1 : name;
  }
}
