package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.NerTag;

/**
 * Speech acts whose content is a noun phrase (scheme v1.2), read from the dependency parse:
 * <ul>
 *   <li>object: "The mayor denied the charges" -> "the charges"; with its complement: "called the
 *       deal a disaster" (a small clause), "praised the nurse as a hero", "accused the board of
 *       hiding it"; with a modifier the parse hung on the verb ({@link ObjectModifiers});</li>
 *   <li>passive: "The plan was denounced by the council" -> "The plan", spoken by the council;</li>
 *   <li>prepositional: "She talked about the budget" -> "the budget".</li>
 * </ul>
 * A verb with a clause or a to-infinitive of its own is left to the clausal frames.
 */
final class NounPhraseContent {
  /** Quantities are what a verb such as "added 300 jobs" does, not what anyone says. */
  private static final Set<NerTag> QUANTITIES = EnumSet.of(NerTag.NUMBER, NerTag.MONEY, NerTag.PERCENT);

  private static final Set<String> ABILITY_MODALS = Set.of("can", "could", "may", "might");

  private final QuoteWords words;
  private final ContentBounds bounds;

  NounPhraseContent(QuoteWords words) {
    this.words = words;
    this.bounds = new ContentBounds(words);
  }

  /** Content tokens and the speaker's head, or -1 when the speaker is the verb's subject. */
  record Frame(BitSet content, int speaker) {}

  Frame find(ParsedSentence p, int verb) {
    if (p.child(verb, "ccomp") >= 0 || hasInfinitive(p, verb) || isAbility(p, verb)) {
      return null;
    }
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    // Only an active subject: "The poll was shown to the board" states no finding.
    boolean finding = FindingContent.isFinding(p, p.child(verb, "nsubj"), lemma, words);
    Frame frame = words.npContentVerbs().contains(lemma) || finding ? objectFrame(p, verb, lemma) : null;
    frame = finding && frame != null && frame.speaker() < 0 ? new Frame(FindingContent.rightOfVerb(p, verb), -1) : frame;
    frame = frame != null ? frame : prepositionalFrame(p, verb, lemma);
    return frame == null ? null : new Frame(beforeParticiple(p, verb, frame.content()), frame.speaker());
  }

  /** The verb's object as content ("rejected the offer"), up to a participle clause after a comma. */
  BitSet objectContent(ParsedSentence p, int verb) {
    return beforeParticiple(p, verb, p.subtree(p.child(verb, "obj")));
  }

  /**
   * "criticized her rival, saying the plan would fail": the parse may hang the participle on the
   * object; the noun phrase ends at the comma before it (the participle is a quote of its own).
   */
  private BitSet beforeParticiple(ParsedSentence p, int verb, BitSet content) {
    for (int i = content.nextSetBit(verb + 1); i >= 0; i = content.nextSetBit(i + 1)) {
      if (SurfaceTokens.isWord(p, i, ",") && bounds.isParticipleClause(p, i + 1)) {
        content.clear(i, p.size());
        break;
      }
    }
    return content;
  }

  private Frame objectFrame(ParsedSentence p, int verb, String lemma) {
    int passiveSubject = p.child(verb, "nsubj:pass");
    if (passiveSubject >= 0) {
      int agent = agent(p, verb);
      return agent < 0 ? null : new Frame(p.subtree(passiveSubject), agent);
    }
    int object = p.child(verb, "obj");
    if (object < 0 && words.npComplementVerbs().contains(lemma)) {
      Frame clause = smallClauseFrame(p, verb);
      return clause != null ? clause : indirectObjectFrame(p, verb);
    }
    if (object < verb || QUANTITIES.contains(p.token(object).ner())) {
      return null;
    }
    BitSet content = p.subtree(object);
    boolean complemented = addComplements(p, verb, object, content) || hasLooseComplement(p, object)
        || addsIndirectObject(p, verb, object, content) || quotesALabel(p, verb, content)
        || hasPostposedComplement(p, object, content);
    // "called the senator" is a phone call; "called the deal a disaster" states a position
    if (words.npComplementVerbs().contains(lemma) && !complemented) {
      return null;
    }
    ObjectModifiers.extend(p, verb, content);
    return new Frame(content, -1);
  }

  /**
   * "called the mayor a liar" parsed as one clause after the verb, the object inside it (as its
   * subject or a loose dependent): the whole clause is the content; null otherwise.
   */
  private static Frame smallClauseFrame(ParsedSentence p, int verb) {
    int clause = p.child(verb, "xcomp");
    if (clause <= verb) {
      return null;
    }
    BitSet content = p.subtree(clause);
    boolean objectInside = p.children(clause).stream()
        .anyMatch(c -> c < clause && (p.relation(c).startsWith("nsubj") || p.relation(c).equals("dep")));
    return objectInside && content.nextSetBit(0) == verb + 1 ? new Frame(content, -1) : null;
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

  /** "called the mayor a liar" parsed as an indirect object with the complement hung on it. */
  private static Frame indirectObjectFrame(ParsedSentence p, int verb) {
    int indirect = p.child(verb, "iobj");
    if (indirect <= verb) {
      return null;
    }
    BitSet content = p.subtree(indirect);
    return hasLooseComplement(p, indirect) || quotesALabel(p, verb, content) ? new Frame(content, -1) : null;
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

  private Frame prepositionalFrame(ParsedSentence p, int verb, String lemma) {
    for (int c : p.children(verb)) {
      if (c > verb && p.relation(c).startsWith("obl")
          && words.speechVerbPrepositions().contains(lemma + " " + marker(p, c))) {
        BitSet content = p.subtree(c);
        content.clear(p.child(c, "case", "mark"));
        return new Frame(content, -1);
      }
    }
    return null;
  }

  /** The "by" phrase of a passive verb, or -1. */
  private static int agent(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      if (p.relation(c).startsWith("obl") && marker(p, c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  /** The preposition or subordinator of a phrase ("as" in "as a hero"), lower case, or "". */
  private static String marker(ParsedSentence p, int phrase) {
    int m = p.child(phrase, "case", "mark");
    return m < 0 ? "" : p.token(m).word().toLowerCase(Locale.ROOT);
  }

  /** "where drivers can report delays": a modal of ability or possibility states no speech act. */
  private static boolean isAbility(ParsedSentence p, int verb) {
    return p.children(verb).stream().anyMatch(c -> p.relation(c).equals("aux") && p.token(c).pos().equals("MD")
        && ABILITY_MODALS.contains(p.token(c).word().toLowerCase(Locale.ROOT)));
  }

  private static boolean hasInfinitive(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      int mark = p.child(c, "mark");
      if (p.relation(c).equals("xcomp") && mark >= 0 && p.token(mark).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }
}
