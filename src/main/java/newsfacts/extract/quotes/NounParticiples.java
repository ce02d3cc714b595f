package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.NerTag;

/**
 * A reporting participle right after its speaker, with no comma between: "with 40 percent of
 * voters saying they back the plan", "the share of members saying the fee is too high", "an article
 * alleging that C" (any reporting verb before "that"), and "by
 * saying", whose speaker is the clause's subject ("She closed by saying the vote would wait").
 * The parse of these is unreliable (the participle hangs as "discourse", "acl" or "obl"), so
 * they are read from the surface: the content is the clause after the participle.
 */
final class NounParticiples {
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

  private static int rootSubject(ParsedSentence p) {
    for (int t = 0; t < p.size(); t++) {
      if (p.relation(t).equals("root")) {
        return p.child(t, "nsubj");
      }
    }
    return -1;
  }
}
