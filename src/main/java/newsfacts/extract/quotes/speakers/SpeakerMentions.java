package newsfacts.extract.quotes.speakers;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.NerTag;

/** The text of a source mention: the name it belongs to, or its noun phrase without clauses. */
public final class SpeakerMentions {
  private static final Set<String> NOUN_PHRASE_PARTS = Set.of("det", "amod", "compound", "nmod:poss", "flat", "nummod");

  /** Dependents of a reporting verb that are never its source: adjuncts of place, time and manner. */
  private static final Set<String> ADJUNCTS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod");

  private SpeakerMentions() {}

  /**
   * The source's head token given the one a pattern proposed: the verb's subject instead of its
   * addressee ("X told reporters", "X told me"), an adjunct ("said on Friday", "said on Twitter")
   * or a date; without a subject in the parse, the name nearest before the verb ("'C,' Ana Ruiz,
   * 52, told me"), else the proposed head.
   */
  public static int repairedHead(ParsedSentence p, int verb, int proposed, SpeakerWords words) {
    if (proposed < 0 || proposed == verb) {
      return proposed;
    }
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    boolean ofVerb = p.head(proposed) == verb;
    String relation = p.relation(proposed);
    boolean addressee = ofVerb && (relation.equals("obj") || relation.equals("iobj"))
        && words.addresseeVerbs().contains(lemma);
    boolean adjunct = ofVerb && ADJUNCTS.contains(relation) && p.child(proposed, "case") < 0
        || ofVerb && relation.equals("obl") && !isAgent(p, proposed);
    boolean time = p.token(proposed).ner().timexType().isPresent();
    if (!addressee && !adjunct && !time) {
      return proposed;
    }
    int subject = p.child(verb, "nsubj");
    if (subject >= 0 && subject != proposed) {
      return subject;
    }
    int name = nameBefore(p, verb);
    return name >= 0 ? name : proposed;
  }

  /** The last token of the nearest person or organisation name before the verb, after any closing quotation mark. */
  private static int nameBefore(ParsedSentence p, int verb) {
    for (int i = verb - 1; i >= 0 && !p.token(i).pos().equals("''"); i--) {
      NerTag tag = p.token(i).ner();
      if (tag == NerTag.PERSON || tag == NerTag.ORGANIZATION) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAgent(ParsedSentence p, int token) {
    int c = p.child(token, "case");
    return c >= 0 && p.token(c).word().equalsIgnoreCase("by");
  }

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
