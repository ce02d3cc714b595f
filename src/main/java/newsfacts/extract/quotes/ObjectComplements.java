package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.NerTag;

/**
 * The complement that makes the object of a verb such as "call" a stated position ("called the
 * deal a disaster", "praised the nurse as a hero") rather than an act ("called the senator"),
 * in the several shapes the parse gives it.
 */
final class ObjectComplements {
  private static final Set<NerTag> TIMES = EnumSet.of(NerTag.DATE, NerTag.TIME, NerTag.DURATION, NerTag.NUMBER);
  private final QuoteWords words;

  ObjectComplements(QuoteWords words) {
    this.words = words;
  }

  /** Adds the object's complement to {@code content} where it lies outside; true if the object has one. */
  boolean complemented(ParsedSentence p, int verb, int object, BitSet content) {
    return addComplements(p, verb, object, content) || hasLooseComplement(p, object)
        || addsIndirectObject(p, verb, object, content) || quotesALabel(p, verb, content)
        || hasPostposedComplement(p, object, content) || addsLooseComplement(p, verb, object, content);
  }

  /**
   * The content of such a verb when the parse gives it no object: a small clause after the verb
   * with the object inside it, or an indirect object with the complement hung on it; null otherwise.
   */
  static BitSet withoutObject(ParsedSentence p, int verb) {
    BitSet clause = smallClause(p, verb);
    return clause != null ? clause : indirectObjectWithComplement(p, verb);
  }

  /** The preposition or subordinator of a phrase ("as" in "as a hero"), lower case, or "". */
  static String marker(ParsedSentence p, int phrase) {
    int m = p.child(phrase, "case", "mark");
    return m < 0 ? "" : p.token(m).word().toLowerCase(Locale.ROOT);
  }

  /**
   * "called the mayor a liar" parsed as one clause after the verb, the object inside it (as its
   * subject or a loose dependent): the whole clause is the content; null otherwise.
   */
  private static BitSet smallClause(ParsedSentence p, int verb) {
    int clause = p.child(verb, "xcomp");
    if (clause <= verb) {
      return null;
    }
    BitSet content = p.subtree(clause);
    boolean objectInside = p.children(clause).stream()
        .anyMatch(c -> c < clause && (p.relation(c).startsWith("nsubj") || p.relation(c).equals("dep")));
    return objectInside && content.nextSetBit(0) == verb + 1 ? content : null;
  }

  /** "called the mayor a liar" parsed as an indirect object with the complement hung on it. */
  private static BitSet indirectObjectWithComplement(ParsedSentence p, int verb) {
    int indirect = p.child(verb, "iobj");
    if (indirect <= verb) {
      return null;
    }
    BitSet content = p.subtree(indirect);
    return hasLooseComplement(p, indirect) || quotesALabel(p, verb, content) ? content : null;
  }

  /** Adds the small clause or the "as/of/for ..." phrase after the object; true if there was one. */
  private boolean addComplements(ParsedSentence p, int verb, int object, BitSet content) {
    boolean added = false;
    for (int c : p.children(verb)) {
      String relation = p.relation(c);
      // "called it a disaster" is parsed with two objects as often as with a small clause
      boolean smallClause = relation.equals("xcomp") || relation.equals("obj") && c != object;
      boolean marked = (relation.startsWith("obl") || relation.startsWith("advcl"))
          && words.npComplementWords().contains(marker(p, c));
      if (c > object && (smallClause || marked)) {
        content.or(p.subtree(c));
        added = true;
      }
    }
    return added;
  }

  /**
   * "called her vote in favour of the bill a mistake", "called the speech a critical moment", 'called the
   * ruling on Monday "absurd"': the complement hung on the verb with no preposition, or loosely inside a
   * phrase that follows the object; the content runs from the object to the end of that phrase. A date is
   * no complement ("called the senator Monday"), nor is a clause ("defended the plan, calling it ...").
   */
  private static boolean addsLooseComplement(ParsedSentence p, int verb, int object, BitSet content) {
    for (int c : p.children(verb)) {
      if (c <= object || !p.relation(c).matches("dep|obl(:npmod|:tmod)?") || p.isVerb(c)) {
        continue;
      }
      BitSet phrase = p.subtree(c);
      boolean adjacent = IntStream.range(content.length(), phrase.nextSetBit(0))
          .allMatch(i -> p.token(i).word().chars().noneMatch(Character::isLetterOrDigit));
      if (adjacent && phrase.stream().anyMatch(i -> i >= c && isLooseComplement(p, i, i == c))) {
        content.set(content.nextSetBit(0), phrase.length());
        return true;
      }
      return false;
    }
    return false;
  }

  private static boolean isLooseComplement(ParsedSentence p, int token, boolean onVerb) {
    String pos = p.token(token).pos();
    boolean loose = onVerb || p.relation(token).matches("dep|obl:npmod");
    return loose && (pos.startsWith("NN") || pos.startsWith("JJ")) && p.child(token, "case") < 0
        && !TIMES.contains(p.token(token).ner());
  }

  /** "calls her record a blueprint" with "a blueprint" hung loosely on the object. */
  private static boolean hasLooseComplement(ParsedSentence p, int object) {
    return p.children(object).stream().anyMatch(c -> c > object && p.relation(c).equals("dep")
        && (p.token(c).pos().startsWith("NN") || p.token(c).pos().startsWith("JJ")));
  }

  /** "calls himself a socialist" parsed as indirect and direct object: both are the content. */
  private static boolean addsIndirectObject(ParsedSentence p, int verb, int object, BitSet content) {
    int indirect = p.child(verb, "iobj");
    if (indirect > verb && indirect < object) {
      content.or(p.subtree(indirect));
      return true;
    }
    return false;
  }

  /**
   * 'called the plan "reckless"' with the quoted label hung inside the object's phrase, or the
   * quoted label as the object with the named thing before it ('called most critics "cowards"').
   */
  private static boolean quotesALabel(ParsedSentence p, int verb, BitSet content) {
    return content.stream().anyMatch(i -> i > verb && p.token(i).pos().equals("``"));
  }

  /**
   * "called the charges baseless", the adjective hung after the object's noun, or "called the
   * vote and the delay a ploy", the complement hung loosely deeper inside the object's phrase.
   */
  private static boolean hasPostposedComplement(ParsedSentence p, int object, BitSet content) {
    return content.stream().anyMatch(i -> i > object && (p.relation(i).equals("amod") && p.head(i) == object
        && p.token(i).pos().startsWith("JJ") || p.relation(i).equals("dep") && p.head(i) != object
        && (p.token(i).pos().startsWith("NN") || p.token(i).pos().startsWith("JJ"))));
  }
}
