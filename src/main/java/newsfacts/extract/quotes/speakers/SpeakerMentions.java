package newsfacts.extract.quotes.speakers;

import newsfacts.extract.ParsedSentence;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;

/** The text of a source mention: the name it belongs to, or its noun phrase without clauses. */
public final class SpeakerMentions {
  private static final Set<String> NOUN_PHRASE_PARTS = Set.of("det", "amod", "compound", "nmod:poss", "flat", "nummod");

  private SpeakerMentions() {}

  public static CharSpan span(ParsedSentence p, int head, List<EntityMention> entities) {
    CharSpan headSpan = p.token(head).span();
    for (EntityMention e : entities) {
      if (e.span().contains(headSpan)) {
        return e.span();
      }
    }
    BitSet phrase = new BitSet();
    collect(p, head, phrase);
    CharSpan span = p.span(phrase);
    // A possessive name inside the phrase ("Norway's foreign minister") stays part of it.
    return span == null ? headSpan : span;
  }

  private static void collect(ParsedSentence p, int token, BitSet phrase) {
    phrase.set(token);
    for (int c : p.children(token)) {
      if (NOUN_PHRASE_PARTS.contains(p.relation(c)) || p.relation(c).equals("case") && p.token(c).word().equals("'s")) {
        collect(p, c, phrase);
      }
    }
    // Keep the phrase contiguous: fill gaps between the first and last token.
    int first = phrase.nextSetBit(0);
    int last = phrase.length() - 1;
    phrase.set(first, last + 1);
  }
}
