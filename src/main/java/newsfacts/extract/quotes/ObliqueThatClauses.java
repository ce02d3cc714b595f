package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.NerTag;

/**
 * "Ana Ruiz wrote in a letter to the board that the port is safe": the parse hangs the that-clause on
 * the noun of the prepositional phrase after the verb ("letter", "board") instead of on the verb. The
 * clause is the verb's content when its "that" is a complementizer (the clause has a subject of its
 * own after it), so "said in a statement that was released" (a relative clause) stays out, and when the
 * phrase is the setting of the speech or the one spoken to.
 */
final class ObliqueThatClauses {
  /**
   * Prepositions of the setting of the speech ("in a letter", "at a rally", "by 55% to 41%"); a clause on the
   * noun of a topic or a response ("asked about concerns that ...", "responded to reports that ...") belongs
   * to that noun.
   */
  private static final Set<String> SETTINGS = Set.of("in", "at", "during", "by");
  private static final Set<NerTag> ADDRESSEES = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION);

  private ObliqueThatClauses() {
  }

  /** The head of a that-clause hung inside a prepositional phrase after the verb, or -1. */
  static int clause(ParsedSentence p, int verb) {
    for (int o : p.children(verb)) {
      if (o <= verb || !p.relation(o).startsWith("obl")) {
        continue;
      }
      String preposition = ObjectComplements.marker(p, o);
      boolean setting = SETTINGS.contains(preposition);
      BitSet phrase = p.subtree(o);
      for (int h = phrase.nextSetBit(o); h >= 0; h = phrase.nextSetBit(h + 1)) {
        if (isThatClause(p, h) && phrase.get(p.head(h)) && (setting || isAddressee(p, o, p.head(h), preposition))) {
          return h;
        }
      }
    }
    return -1;
  }

  /** "told the Freedonian Herald that ...": the clause hangs on the one spoken to. */
  private static boolean isAddressee(ParsedSentence p, int phrase, int noun, String preposition) {
    return preposition.equals("to") && noun == phrase && ADDRESSEES.contains(p.token(noun).ner());
  }

  /** The clause after its "that", or null when the verb has none in a prepositional phrase. */
  static BitSet content(ParsedSentence p, int verb) {
    int clause = clause(p, verb);
    if (clause < 0) {
      return null;
    }
    BitSet content = p.subtree(clause);
    content.clear(0, that(p, clause) + 1);
    return content;
  }

  static boolean isThatClause(ParsedSentence p, int h) {
    String relation = p.relation(h);
    if (!relation.equals("ccomp") && !relation.equals("dep")) {
      return false;
    }
    int that = that(p, h);
    int subject = p.child(h, "nsubj");
    return that >= 0 && subject > that && subject < h;
  }

  /** The "that" the clause opens with, as a complementizer (mark or dep), or -1. */
  static int that(ParsedSentence p, int h) {
    for (int c : p.children(h)) {
      if (c < h && p.token(c).word().equalsIgnoreCase("that") && p.relation(c).matches("mark|dep")) {
        return c;
      }
    }
    return -1;
  }
}
