package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.NerTag;

/**
 * The content of "urged the board to act" is "the board to act": the object of the reporting verb
 * is the one who is to act, so it belongs to what was said (as in "called on the council to
 * resign"). The object joins the infinitive only when nothing stands between them, so "urged the
 * board, in a letter, to act" keeps "to act".
 */
final class InfinitiveActors {
  private InfinitiveActors() {
  }

  /** The infinitive's subtree, with the actor before it when the verb names one. */
  static BitSet content(ParsedSentence p, int verb, int infinitive) {
    BitSet content = p.subtree(infinitive);
    content.set(start(p, verb, content.nextSetBit(0)), content.nextSetBit(0));
    return content;
  }

  /** Where the content starts: at the actor right before "to" (at {@code to}), or at "to" itself. */
  static int start(ParsedSentence p, int verb, int to) {
    int infinitive = p.head(to);
    int actor = infinitive >= 0 ? actor(p, verb, infinitive) : -1;
    if (actor < 0) {
      return to;
    }
    BitSet phrase = p.subtree(actor);
    int preposition = p.child(actor, "case");
    if (preposition >= 0) {
      phrase.clear(preposition);
    }
    return phrase.nextSetBit(0) > verb && phrase.length() == to ? phrase.nextSetBit(0) : to;
  }

  /**
   * "called on the council to resign" parsed with "on" as the mark of the infinitive and the council its
   * subject (an adverbial clause of "called"): the clause without "on", or null when the verb has none.
   * "On" must follow the verb and the one to act may not be a date: "called her on Friday to thank her" and
   * "called on Friday to thank her" are telephone calls.
   */
  static BitSet calledOn(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      int on = p.child(c, "mark");
      if (c > verb && p.relation(c).equals("advcl") && on == verb + 1
          && p.token(on).word().matches("(?i)on|upon") && hasTo(p, c) && !isTime(p, p.child(c, "nsubj"))) {
        BitSet content = p.subtree(c);
        content.clear(on);
        return content;
      }
    }
    return null;
  }

  /**
   * "a diplomat, who asked not to be named": a short passive infinitive of naming ("to be named", "to be
   * identified", "to be quoted") is a request for anonymity, not a quote.
   */
  static boolean requestsAnonymity(ParsedSentence p, BitSet content) {
    return content.cardinality() <= 4 && content.stream().anyMatch(i -> p.token(i).pos().equals("VBN")
        && p.token(i).lemma().toLowerCase(Locale.ROOT).matches("name|identify|quote")
        && p.child(i, "aux:pass") >= 0);
  }

  /** "called on Friday to thank the council": a date is no one to act. */
  private static boolean isTime(ParsedSentence p, int subject) {
    return subject >= 0 && (p.token(subject).ner() == NerTag.DATE || p.token(subject).ner() == NerTag.TIME);
  }

  private static boolean hasTo(ParsedSentence p, int infinitive) {
    return p.children(infinitive).stream().anyMatch(m -> p.relation(m).equals("mark") && p.token(m).word().equalsIgnoreCase("to"));
  }

  private static int actor(ParsedSentence p, int verb, int infinitive) {
    for (int c : p.children(verb)) {
      if (c <= verb || c >= infinitive) {
        continue;
      }
      String relation = p.relation(c);
      boolean object = relation.equals("obj") || relation.equals("iobj");
      boolean calledOn = relation.startsWith("obl") && hasCase(p, c, "on");
      if (object || calledOn) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasCase(ParsedSentence p, int noun, String word) {
    int mark = p.child(noun, "case");
    return mark >= 0 && p.token(mark).word().equalsIgnoreCase(word);
  }
}
