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
import newsfacts.model.Token;

/** The text of a source mention: the name it belongs to, or its noun phrase without clauses. */
public final class SpeakerMentions {
  private static final Set<String> NOUN_PHRASE_PARTS = Set.of("det", "amod", "compound", "nmod:poss", "flat", "nummod");

  /** Dependents of a reporting verb that are never its source: adjuncts of place, time and manner. */
  private static final Set<String> ADJUNCTS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod");

  private SpeakerMentions() {}

  /** Relations by which a verb's dependent can be its source: subject, passive agent, clausal subject. */
  private static final Set<String> SOURCE_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj", "obl:agent");

  /** Clauses that share the subject of the clause they hang from ("X spoke, calling it ..."). */
  private static final Set<String> SUBJECT_SHARING = Set.of("advcl", "xcomp", "conj", "dep");

  /**
   * The source's head token given the one a pattern proposed: the verb's subject instead of its
   * addressee ("X told reporters", "X told me"), an adjunct ("said on Friday", "said on Twitter"),
   * a date, or a word of its own complement ("X weighed in, calling the plan a mistake": not "the
   * plan"); without a subject in the parse, the name nearest before the verb ("'C,' Ana Ruiz, 52,
   * told me"), else the proposed head.
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
      int subject = inComplement(p, verb, proposed) ? clauseSubject(p, verb) : -1;
      return subject >= 0 ? subject : proposed;
    }
    int subject = p.child(verb, "nsubj");
    if (subject >= 0 && subject != proposed) {
      return subject;
    }
    int name = nameBefore(p, verb);
    return name >= 0 ? name : proposed;
  }

  /** Whether the token hangs from the verb by a relation that cannot hold its source (object, complement). */
  private static boolean inComplement(ParsedSentence p, int verb, int token) {
    int child = token;
    for (int depth = 0; depth < p.size() && child >= 0; depth++) {
      int head = p.head(child);
      if (head == verb) {
        String relation = p.relation(child);
        return !SOURCE_RELATIONS.contains(relation) && !(relation.equals("obl") && isAgent(p, child))
            && !relation.equals("punct");
      }
      child = head;
    }
    return false;
  }

  /** The verb's subject, or that of the clause a participle or conjunct hangs from; a relative "who" gives its noun. */
  private static int clauseSubject(ParsedSentence p, int verb) {
    int current = verb;
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = p.child(current, "nsubj");
      if (subject >= 0) {
        boolean relative = p.token(subject).pos().startsWith("W") && p.relation(current).startsWith("acl");
        return relative ? p.head(current) : subject;
      }
      String relation = p.relation(current);
      if (SUBJECT_SHARING.stream().noneMatch(relation::startsWith)) {
        return -1;
      }
      current = p.head(current);
    }
    return -1;
  }

  /**
   * '"C," Ana Ruiz, who chairs the panel, told reporters': a repaired source inside the content a
   * pattern proposed, between the content and the verb, is cut from it with its phrase; false (and
   * the content untouched) when the source is not right before the verb.
   */
  public static boolean cutBeforeVerb(ParsedSentence p, int source, int verb, BitSet content) {
    BitSet phrase = p.subtree(source);
    int first = phrase.nextSetBit(0);
    if (source > verb || phrase.get(verb) || content.get(verb) || first <= 0) {
      return false;
    }
    for (int i = phrase.length(); i < verb; i++) {
      if (!p.token(i).pos().equals(",") && !p.isVerb(i) && !p.token(i).pos().equals("RB") && !p.token(i).pos().equals("MD")) {
        return false;
      }
    }
    int cut = p.token(first - 1).pos().equals(",") ? first - 1 : first;
    content.clear(cut, verb);
    return !content.isEmpty();
  }

  /**
   * '"B," he continued.' or '"B," Ruiz went on.': the verb of a short attribution that follows a
   * quotation in its sentence, with a person or a personal pronoun as its subject and nothing but
   * adjuncts after it; -1 when there is none. Any verb counts here: its subject is next to the
   * quotation, so it cannot be read in another sense.
   */
  public static int trailingVerb(ParsedSentence p, CharSpan quotation) {
    int subject = 0;
    while (subject < p.size() && p.token(subject).span().begin() < quotation.end()) {
      subject++;
    }
    if (subject >= p.size() || !isPersonWord(p.token(subject))) {
      return -1;
    }
    int verb = subject + 1;
    while (verb < p.size() && p.token(verb).pos().startsWith("NNP") && p.token(verb).ner() == NerTag.PERSON) {
      verb++;
    }
    int nsubj = verb < p.size() ? p.child(verb, "nsubj") : -1;
    if (!p.isVerb(Math.min(verb, p.size() - 1)) || p.token(verb).pos().equals("VBG") || nsubj < subject || nsubj >= verb) {
      return -1;
    }
    for (int i = verb + 1; i < p.size(); i++) {
      if (p.isVerb(i) || p.relation(i).startsWith("obj") || p.relation(i).startsWith("ccomp")) {
        return -1;
      }
    }
    return verb;
  }

  private static boolean isPersonWord(Token t) {
    return t.ner() == NerTag.PERSON || t.pos().equals("PRP") && !t.word().equalsIgnoreCase("it");
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
