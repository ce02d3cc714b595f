package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.cues.NpFeatures;
import newsfacts.model.NerTag;

/**
 * Speech acts whose content is a noun phrase (scheme v1.2), read from the dependency parse:
 * <ul>
 *   <li>object: "The mayor denied the charges" -> "the charges"; with its complement: "called the
 *       deal a disaster" (a small clause), "praised the nurse as a hero", "accused the board of
 *       hiding it" ({@link ObjectComplements}); with a modifier the parse hung on the verb
 *       ({@link ObjectModifiers});</li>
 *   <li>passive: "The plan was denounced by the council" -> "The plan", spoken by the council;</li>
 *   <li>prepositional: "She talked about the budget" -> "the budget".</li>
 * </ul>
 * A verb with a clause or a to-infinitive of its own is left to the clausal frames.
 */
final class NounPhraseContent {
  /** Verbs that answer an offer: "rejected a 4% pay offer" is a vote on terms, not a stated position. */
  private static final Set<String> ANSWERING_VERBS = Set.of("reject");

  /**
   * Verbs with a sense of guarding as common as their speech sense: "defended the plan" states a position,
   * "defend Westland's border", "actions to defend its unity" and "fighting to defend the republic" (someone's
   * quoted words) do not.
   */
  private static final Set<String> GUARDING_VERBS = Set.of("defend");
  /** "admit the two states as members", "admit them into the union": letting in, not owning up. */
  private static final Set<String> ADMITTING_VERBS = Set.of("admit");
  private static final Set<String> ENTRY_MARKS = Set.of("as", "into");
  private static final Set<NerTag> PLACES = EnumSet.of(NerTag.LOCATION, NerTag.CITY, NerTag.STATE_OR_PROVINCE, NerTag.COUNTRY);
  private static final Set<String> QUOTE_MARKS = Set.of("``", "''", "\"", "\u201C", "\u201D");

  private static final Set<String> ABILITY_MODALS = Set.of("can", "could", "may", "might");

  private final QuoteWords words;
  private final ContentBounds bounds;
  private final ObjectComplements complements;

  NounPhraseContent(QuoteWords words) {
    this.words = words;
    this.bounds = new ContentBounds(words);
    this.complements = new ObjectComplements(words);
  }

  /** Content tokens and the speaker's head, or -1 when the speaker is the verb's subject. */
  record Frame(BitSet content, int speaker) {}

  Frame find(ParsedSentence p, int verb) {
    if (p.child(verb, "ccomp") >= 0 || hasInfinitive(p, verb) || isAbility(p, verb)) {
      return null;
    }
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    // Only an active subject: "The poll was shown to the board" states no finding.
    boolean finding = FindingContent.isFinding(p, FindingContent.activeSubject(p, verb, words), lemma, words);
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
    if (GUARDING_VERBS.contains(lemma) && (insideQuotation(p, verb) || isInfinitive(p, verb)
        || isPlace(p, Math.max(passiveSubject, p.child(verb, "obj"))))) {
      return null;
    }
    if (passiveSubject >= 0) {
      int agent = agent(p, verb);
      return agent < 0 ? null : new Frame(p.subtree(passiveSubject), agent);
    }
    int object = p.child(verb, "obj");
    if (object < 0 && words.npComplementVerbs().contains(lemma)) {
      BitSet content = ObjectComplements.withoutObject(p, verb);
      return content == null ? null : new Frame(content, -1);
    }
    BitSet named = object >= 0 ? RelativeObjects.complement(p, verb, object, words) : null;
    if (named != null) {
      return new Frame(named, -1);
    }
    if (object < verb || NpFeatures.isAmount(p, object) || ADMITTING_VERBS.contains(lemma) && letsIn(p, verb, object)) {
      return null;
    }
    BitSet content = p.subtree(object);
    if (ANSWERING_VERBS.contains(lemma) && content.stream().anyMatch(i -> isTerm(p, i))) {
      return null;
    }
    boolean complemented = complements.complemented(p, verb, object, content);
    // "called the senator" is a phone call; "called the deal a disaster" states a position
    if (words.npComplementVerbs().contains(lemma) && !complemented) {
      return null;
    }
    ObjectModifiers.extend(p, verb, content);
    return new Frame(content, -1);
  }

  private Frame prepositionalFrame(ParsedSentence p, int verb, String lemma) {
    for (int c : p.children(verb)) {
      if (c > verb && p.relation(c).startsWith("obl")
          && words.speechVerbPrepositions().contains(lemma + " " + ObjectComplements.marker(p, c))) {
        BitSet content = p.subtree(c);
        content.clear(p.child(c, "case", "mark"));
        return new Frame(content, -1);
      }
    }
    return null;
  }

  /** An "as" or "into" phrase on the verb after its object: the object is let in as or into something. */
  private static boolean letsIn(ParsedSentence p, int verb, int object) {
    for (int c : p.children(verb)) {
      int mark = p.child(c, "case");
      if (c > object && p.relation(c).startsWith("obl") && mark >= 0
          && ENTRY_MARKS.contains(p.token(mark).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An amount or a rate: what terms on offer are stated in ("a 4% rise", "a $5 million settlement"). */
  private static boolean isTerm(ParsedSentence p, int token) {
    NerTag ner = p.token(token).ner();
    return ner == NerTag.MONEY || ner == NerTag.PERCENT;
  }

  /** "actions to defend its unity": a purpose or an intention, not a position stated. */
  private static boolean isInfinitive(ParsedSentence p, int verb) {
    int mark = p.child(verb, "mark");
    return mark >= 0 && p.token(mark).word().equalsIgnoreCase("to");
  }

  /** A place, or a noun a place owns ("Westland's border"). */
  private static boolean isPlace(ParsedSentence p, int object) {
    if (object < 0) {
      return false;
    }
    int owner = p.child(object, "nmod:poss");
    return PLACES.contains(p.token(object).ner()) || owner >= 0 && PLACES.contains(p.token(owner).ner());
  }

  /** An odd number of quotation marks before the verb in its sentence: the verb is in someone's quoted words. */
  private static boolean insideQuotation(ParsedSentence p, int verb) {
    long marks = IntStream.range(0, verb).filter(i -> QUOTE_MARKS.contains(p.token(i).word())).count();
    return marks % 2 == 1;
  }

  /** The "by" phrase of a passive verb, or -1. */
  private static int agent(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      if (p.relation(c).startsWith("obl") && ObjectComplements.marker(p, c).equals("by")) {
        return c;
      }
    }
    return -1;
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
