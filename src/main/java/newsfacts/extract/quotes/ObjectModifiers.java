package newsfacts.extract.quotes;

import java.util.BitSet;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.NerTag;

/**
 * A noun-phrase content whose modifier the parse hung on the verb ("described rude behaviour by
 * the host behind the scenes", "warned against hackers from abroad"): a prepositional phrase right
 * after the object, with no comma and no date or time, belongs to the object's phrase.
 */
final class ObjectModifiers {
  private ObjectModifiers() {}

  static void extend(ParsedSentence p, int verb, BitSet content) {
    boolean grown = true;
    while (grown) {
      grown = false;
      int end = content.length();
      for (int c : p.children(verb)) {
        if (c < end || !p.relation(c).equals("obl") || p.child(c, "case") < 0) {
          continue;
        }
        BitSet phrase = p.subtree(c);
        boolean adjacent = phrase.nextSetBit(0) == end;
        boolean timeless = phrase.stream().noneMatch(i -> p.token(i).ner() == NerTag.DATE || p.token(i).ner() == NerTag.TIME
            || p.token(i).word().equals(","));
        if (adjacent && timeless) {
          content.or(phrase);
          grown = true;
          break;
        }
      }
    }
  }
}
