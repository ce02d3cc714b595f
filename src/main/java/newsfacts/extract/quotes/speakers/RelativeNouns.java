package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * The noun a relative "who" refers to where the parse hangs its clause elsewhere: a "who" right
 * after the last name of a list is that name ("the chair as well as guests like Tom Hale and Ana
 * Ruiz, who said": Ruiz), and a "who" after a place the parse hung from the verb is the person noun
 * before its preposition ("placate lawmakers on Harbour Hill, who said": the lawmakers).
 */
final class RelativeNouns {
  private RelativeNouns() {}

  /** The noun "who" at {@code relative} refers to, given the one the parse says, {@code noun}. */
  static int corrected(ParsedSentence p, List<EntityMention> entities, int relative, int noun) {
    if (noun < 0 || !p.token(relative).word().equalsIgnoreCase("who")) {
      return noun;
    }
    return personBeforePreposition(p, entities, lastOfList(p, entities, relative, noun));
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

  private static int lastOfList(ParsedSentence p, List<EntityMention> entities, int relative, int noun) {
    int before = relative - 1;
    before = before >= 0 && p.token(before).pos().equals(",") ? before - 1 : before;
    if (before < 0 || before == noun || !p.relation(before).equals("conj") || !isPersonName(entities, p.token(before))
        || isPersonName(entities, p.token(noun))) {
      return noun;
    }
    for (int t = before; t >= 0; t = p.head(t)) {
      if (t == noun) {
        return before;
      }
    }
    return noun;
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

  private static boolean isPersonName(List<EntityMention> entities, Token t) {
    return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.span().contains(t.span()));
  }
}
