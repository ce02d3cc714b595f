package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.cues.NpFeatures;
import newsfacts.model.NerTag;

/**
 * How a reporting verb reports, tried in order: a noun-phrase frame ("called the deal a disaster"),
 * a surface pattern ("X said C", '"C," said X'), the parse's clausal complement, and last a surface
 * clause for a "say" verb whose parse gives none ({@link ClauseFallback}).
 */
final class VerbReadings {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private final QuoteWords words;
  private final AttributionPatterns patterns;
  private final SyntacticAttribution syntax;
  private final NounPhraseContent nounPhrase;
  private final ClauseFallback clauseFallback;

  VerbReadings(QuoteWords words, AttributionPatterns patterns, SyntacticAttribution syntax) {
    this.words = words;
    this.patterns = patterns;
    this.syntax = syntax;
    this.nounPhrase = new NounPhraseContent(words);
    this.clauseFallback = new ClauseFallback(words);
  }

  /** A reporting verb's content and speaker, with the surface pattern that found them (or null). */
  record Reading(BitSet content, int subject, AttributionPatterns.Match match, boolean fallback) {
    Reading(BitSet content, int subject, AttributionPatterns.Match match) {
      this(content, subject, match, false);
    }
  }

  /** How the verb reports: a noun-phrase frame, a surface pattern, or the parse; null if it does not. */
  Reading reading(ParsedSentence p, int t, String lemma) {
    BitSet proForm = ProFormContent.after(p, t);
    if (proForm != null) {
      return new Reading(proForm, syntax.subjectOf(p, t), null);
    }
    BitSet clausalSubject = ClausalSubjectVerbs.content(p, t);
    if (clausalSubject != null) {
      return new Reading(clausalSubject, p.child(t, "nsubj"), null);
    }
    AttributionPatterns.Match match = patterns.match(p, t, words.infinitiveVerbs().contains(lemma));
    NounPhraseContent.Frame frame = match == null || match.pattern().equals("leading") ? nounPhrase.find(p, t) : null;
    if (frame != null && !longerClause(p, match, frame.content())) {
      int speaker = frame.speaker() >= 0 ? frame.speaker() : match != null ? match.speakerHead() : syntax.subjectOf(p, t);
      return new Reading(frame.content(), speaker, match);
    }
    if (match != null && !notAReport(p, t, lemma, match)) {
      return new Reading(match.content(), match.speakerHead(), match);
    }
    BitSet asClause = syntax.asClauseContent(p, t);
    if (asClause != null || match != null) {
      return asClause == null ? null : new Reading(asClause, syntax.subjectOf(p, t), null);
    }
    if (words.verbsNeedingThat().contains(lemma) && !thatClause(p, t)) {
      return null;
    }
    BitSet content = syntax.verbContent(p, t);
    if (content != null) {
      return new Reading(content, syntax.subjectOf(p, t), null);
    }
    return new Reading(clauseFallback.content(p, t), syntax.subjectOf(p, t), null, true);
  }

  /**
   * The parse gives the verb a clause that opens with "that" ("Ana Ruiz, in a letter, wrote that the
   * port is safe"), though no surface pattern read the sentence; or hangs it in a phrase after the verb
   * ("wrote in a letter that the port is safe", {@link ObliqueThatClauses}) or on the verb governing it
   * ({@link GovernorThatClauses}).
   */
  private boolean thatClause(ParsedSentence p, int verb) {
    int clause = p.child(verb, "ccomp");
    int mark = clause > verb ? p.child(clause, "mark") : -1;
    return mark > verb && p.token(mark).word().equalsIgnoreCase("that") || ObliqueThatClauses.clause(p, verb) >= 0
        || GovernorThatClauses.clause(p, verb, words.reportingVerbs()) >= 0;
  }

  /** The object as content, spoken by the subject: the learned noun-phrase reading. */
  Reading objectReading(ParsedSentence p, int t) {
    return new Reading(nounPhrase.objectContent(p, t), syntax.subjectOf(p, t), null);
  }

  /**
   * "The mayor denied the report was false": the surface "X said C" match holds the noun phrase and a
   * verb of its own after it (a clause the parse missed); it beats the noun-phrase frame.
   */
  private static boolean longerClause(ParsedSentence p, AttributionPatterns.Match match, BitSet frame) {
    if (match == null) {
      return false;
    }
    BitSet extra = (BitSet) match.content().clone();
    extra.andNot(frame);
    BitSet covered = (BitSet) frame.clone();
    covered.andNot(match.content());
    return covered.isEmpty() && extra.stream().anyMatch(i -> FINITE.contains(p.token(i).pos()));
  }

  /**
   * A leading match that reads the verb's other sense: no clause in the parse and no verb in the
   * content, only an object of a verb that does not take noun-phrase content ("The agency has
   * added 300 jobs") or a prepositional phrase ("She spoke at the forum", "He reports for a weekly").
   */
  private boolean notAReport(ParsedSentence p, int verb, String lemma, AttributionPatterns.Match match) {
    BitSet content = match.content();
    int object = p.child(verb, "obj");
    // "The levy will add $40 a year to the bill and raise ...": a sum or a rate as the object, whatever follows
    // (a bare number may be an audience: "tells 2,000 the plan has failed")
    if (match.pattern().equals("leading") && object > verb && NpFeatures.isAmount(p, object)
        && p.token(object).ner() != NerTag.NUMBER && p.child(verb, "ccomp") < 0) {
      return true;
    }
    if (!match.pattern().equals("leading") || p.child(verb, "ccomp", "xcomp", "parataxis") >= 0
        || content.stream().anyMatch(i -> p.isVerb(i) || p.token(i).pos().equals("MD"))) {
      return false;
    }
    String first = p.token(content.nextSetBit(0)).pos();
    boolean objectOnly = object > verb && !words.infinitiveVerbs().contains(lemma);
    return objectOnly || first.equals("IN") || first.equals("TO");
  }
}
