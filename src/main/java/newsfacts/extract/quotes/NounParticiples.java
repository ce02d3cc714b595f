package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.WordLists;
import newsfacts.model.NerTag;

/**
 * A reporting participle right after its speaker, with no comma between: "with 40 percent of
 * voters saying they back the plan", "the share of members saying the fee is too high", "an article
 * alleging that C" (any reporting verb before "that"), and "by
 * saying", whose speaker is the clause's subject ("She closed by saying the vote would wait").
 * The parse of these is unreliable (the participle hangs as "discourse", "acl" or "obl"), so
 * they are read from the surface: the content is the clause after the participle. A gerund after another
 * preposition (speech-gerund-prepositions.txt: "was criticized for saying that C", "despite admitting that
 * C") is spoken by the nearest subject above it in the parse.
 */
final class NounParticiples {
  private static final Set<String> GERUND_PREPOSITIONS = WordLists.set("speech-gerund-prepositions.txt");
  private static final Set<NerTag> NAMED = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION);
  private final QuoteWords words;
  private final ContentBounds bounds;

  NounParticiples(QuoteWords words) {
    this.words = words;
    this.bounds = new ContentBounds(words);
  }

  /** Content and speaker head. */
  record Reading(BitSet content, int speaker) {}

  /** The reading of the participle at {@code verb}, or null. */
  Reading find(ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    // any reporting verb before a that-clause: "an article alleging that the port is unsafe"
    boolean participle = p.token(verb).pos().equals("VBG") && (words.participleReportingVerbs().contains(lemma)
        || words.reportingVerbs().contains(lemma) && ContentTrimmer.isComplementizer(p, verb + 1));
    // "the economy adding 151,000 jobs": without its comma, "adding" is rarely speech
    if (!participle || verb == 0 || p.token(verb).lemma().equalsIgnoreCase("add")) {
      return null;
    }
    BitSet content = clauseAfter(p, verb);
    if (content == null) {
      return null;
    }
    int before = verb - 1;
    if (p.token(before).word().equalsIgnoreCase("by")) {
      int subject = rootSubject(p);
      return subject >= 0 && subject < before ? new Reading(content, subject) : null;
    }
    if (GERUND_PREPOSITIONS.contains(p.token(before).word().toLowerCase(Locale.ROOT)) && p.head(before) == verb) {
      int speaker = speakerAbove(p, verb, before);
      return speaker >= 0 ? new Reading(content, speaker) : null;
    }
    String pos = p.token(before).pos();
    boolean noun = pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    boolean listed = words.participleReportingVerbs().contains(lemma);
    return noun && p.token(before).ner() != NerTag.DATE && (listed || !insideSubject(p, before, verb))
        ? new Reading(content, before) : null;
  }

  /**
   * "Anyone claiming that C is wrong": the noun is the subject of a verb after the participle, so the
   * participle's clause ends somewhere inside the sentence's predicate, which the surface cannot tell.
   */
  private static boolean insideSubject(ParsedSentence p, int noun, int participle) {
    return p.relation(noun).startsWith("nsubj") && p.head(noun) > participle;
  }

  /** "(that) C" after the participle up to the clause's end, when it holds a verb of its own; or null. */
  private BitSet clauseAfter(ParsedSentence p, int verb) {
    int from = verb + 1;
    if (ContentTrimmer.isComplementizer(p, from)) {
      from++;
    }
    int to = bounds.clauseEnd(p, from);
    BitSet content = SurfaceTokens.range(from, to);
    boolean clause = content.stream().anyMatch(i -> p.isVerb(i) || p.token(i).pos().equals("MD"));
    return to - from >= 2 && clause ? content : null;
  }

  /**
   * The object of the verb a "for" gerund hangs on ("praised the council for saying C": the council), else the
   * subject of the nearest clause above the gerund that comes before its preposition, or the name its phrase
   * hangs on ("Ana Ruiz, despite admitting that C, ..."); -1 if none.
   */
  private int speakerAbove(ParsedSentence p, int verb, int preposition) {
    int current = p.head(verb);
    // "for" gives a reason: the one praised or blamed spoke ("met the mayor after saying C": the subject did)
    int object = current >= 0 && p.token(preposition).word().equalsIgnoreCase("for") ? p.child(current, "obj") : -1;
    if (object > current && object < preposition) {
      return object;
    }
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = ClauseSubjects.subject(p, current);
      if (subject >= 0 && subject < preposition) {
        boolean relative = words.relativePronouns().contains(p.token(subject).word().toLowerCase(Locale.ROOT));
        return relative ? ClauseSubjects.relativeAntecedent(p, current, subject) : subject;
      }
      if (current < preposition && NAMED.contains(p.token(current).ner())) {
        return current;
      }
      current = p.head(current);
    }
    return -1;
  }

  private static int rootSubject(ParsedSentence p) {
    for (int t = 0; t < p.size(); t++) {
      if (p.relation(t).equals("root")) {
        return p.child(t, "nsubj");
      }
    }
    return -1;
  }
}
