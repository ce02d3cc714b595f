package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * A speech-act noun with its owner and what it states, read from the parse: "the mayor's claim
 * that taxes rose" (a that-clause), "her pledge to cut taxes" (a to-infinitive), "his criticism
 * of the plan" (a prepositional phrase). The noun and its introducing word must be paired in
 * speech-act-nouns.txt; the speaker is the possessive owner or a "by/from" phrase, and a noun
 * without one ("calls for reform") is left alone, as a quote needs a speaker.
 */
final class NominalCues {
  private final QuoteWords words;

  NominalCues(QuoteWords words) {
    this.words = words;
  }

  /** Content tokens and the speaker's head of the speech-act noun at {@code noun}. */
  record Reading(BitSet content, int speaker) {}

  /** The reading of the noun at {@code noun}, or null when it is not a speech act with an owner. */
  Reading at(ParsedSentence p, int noun) {
    if (!p.token(noun).pos().startsWith("NN")) {
      return null;
    }
    int owner = owner(p, noun);
    if (owner < 0) {
      return null;
    }
    String lemma = p.token(noun).lemma().toLowerCase(Locale.ROOT);
    for (int c : p.children(noun)) {
      String relation = p.relation(c);
      boolean stated = relation.startsWith("nmod") || relation.startsWith("acl") || relation.startsWith("ccomp");
      int marker = p.child(c, "case", "mark");
      if (c > noun && c != owner && stated && marker > noun && words.speechActNouns()
          .contains(lemma + " " + p.token(marker).word().toLowerCase(Locale.ROOT))) {
        BitSet content = p.subtree(c);
        content.clear(marker);
        return new Reading(content, owner);
      }
    }
    return null;
  }

  /** "her" / "the mayor's" (possessive), or the "by/from" phrase after the noun; -1 if none. */
  private static int owner(ParsedSentence p, int noun) {
    int possessive = p.child(noun, "nmod:poss");
    if (possessive >= 0) {
      return possessive;
    }
    for (int c : p.children(noun)) {
      int mark = p.child(c, "case");
      String word = mark < 0 ? "" : p.token(mark).word().toLowerCase(Locale.ROOT);
      if (c > noun && p.relation(c).startsWith("nmod") && (word.equals("by") || word.equals("from"))) {
        return c;
      }
    }
    return -1;
  }
}
