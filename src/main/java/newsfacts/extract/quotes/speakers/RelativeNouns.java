package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * The noun a relative "who" refers to where the parse hangs its clause from a place it attached to
 * the verb: "placate lawmakers on Harbour Hill, who said" is the lawmakers, the person noun before
 * the place's preposition (the same reading as {@link NounLinks} gives a place hung from the noun).
 */
final class RelativeNouns {
  private RelativeNouns() {}

  /** The noun "who" at {@code relative} refers to, given the one the parse says, {@code noun}. */
  static int corrected(ParsedSentence p, List<EntityMention> entities, int relative, int noun) {
    if (noun < 0 || !p.token(relative).word().equalsIgnoreCase("who")) {
      return noun;
    }
    return personBeforePreposition(p, entities, noun);
  }

  /** The index of the relative clause's subject "who" of the cue's clause, or -1. */
  static int relativeSubject(ParsedSentence p, int verb) {
    int clause = verb;
    for (int depth = 0; depth < 3 && p.relation(clause).startsWith("conj") && p.head(clause) >= 0; depth++) {
      clause = p.head(clause);
    }
    int subject = p.child(clause, "nsubj");
    return subject >= 0 && p.token(subject).word().equalsIgnoreCase("who") && p.relation(clause).startsWith("acl") ? subject : -1;
  }

  private static int personBeforePreposition(ParsedSentence p, List<EntityMention> entities, int noun) {
    int mark = p.child(noun, "case");
    int first = p.subtree(noun).nextSetBit(0);
    int before = first - 1;
    if (!p.relation(noun).equals("obl") || isPerson(entities, p.token(noun)) || mark != first || before < 0
        || !p.token(before).pos().startsWith("NN") || !isPerson(entities, p.token(before))) {
      return noun;
    }
    return before;
  }

  /** A person's name, a title, or a plural noun that names nothing else ("lawmakers", "Democrats"). */
  private static boolean isPerson(List<EntityMention> entities, Token t) {
    for (EntityMention e : entities) {
      if (e.span().overlaps(t.span())) {
        return e.type() == EntityType.PERSON || t.pos().equals("NNPS");
      }
    }
    return t.ner() == NerTag.TITLE || t.pos().endsWith("S");
  }
}
