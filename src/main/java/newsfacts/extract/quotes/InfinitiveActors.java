package newsfacts.extract.quotes;

import java.util.BitSet;
import newsfacts.extract.ParsedSentence;

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
