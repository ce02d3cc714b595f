package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.extract.quotes.cues.CueFeatures;
import newsfacts.extract.quotes.cues.CueModel;
import newsfacts.extract.quotes.cues.LearnedCues;
import newsfacts.extract.quotes.cues.LearnedNounPhrases;
import newsfacts.extract.quotes.speakers.SpeakerMentions;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Token;

/**
 * The quotes the reporting verbs of one sentence cue, read left to right: each verb's content and
 * speaker ({@link VerbReadings}), and a participle (", adding C") that carries on the quote before it.
 */
final class ReportingVerbQuotes {
  private final QuoteWords words;
  private final SpeakerWords speakerWords;
  private final SyntacticAttribution syntax;
  private final AttributionPatterns patterns;
  private final VerbReadings readings;
  private final NounParticiples nounParticiples;
  private final LearnedCues learnedCues;
  private final LearnedNounPhrases learnedNounPhrases;
  private final CandidateSpans candidates;

  ReportingVerbQuotes(QuoteWords words, SpeakerWords speakerWords, SyntacticAttribution syntax, CueModel cueModel,
      CueModel npModel, CandidateSpans candidates) {
    this.words = words;
    this.speakerWords = speakerWords;
    this.syntax = syntax;
    this.candidates = candidates;
    this.learnedNounPhrases = new LearnedNounPhrases(npModel, words);
    this.learnedCues = new LearnedCues(cueModel, new CueFeatures(words.reportingVerbs()));
    this.patterns = new AttributionPatterns(words);
    this.nounParticiples = new NounParticiples(words);
    this.readings = new VerbReadings(words, patterns, syntax);
  }

  /**
   * What the verbs of a sentence report: the quotes, the spans of those whose content is the verb's
   * own (an "according to" inside them is part of what was said), and those only the surface
   * fallback read (a reading of another cue that overlaps them wins).
   */
  record Found(List<Candidate> quotes, List<CharSpan> verbContents, List<Candidate> fallbacks) {}

  Found find(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities) {
    List<Candidate> found = new ArrayList<>();
    List<CharSpan> verbContents = new ArrayList<>();
    List<Candidate> fallbacks = new ArrayList<>();
    Candidate previous = null;
    for (int t = 0; t < p.size(); t++) {
      Token token = p.token(t);
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      if (!isCue(p, t, lemma, quotations)) {
        continue;
      }
      // ", according to X" is a source phrase (NonVerbCues), not a participle reporting "to X"
      BitSet participle = AccordingTo.at(p, t) ? null : patterns.participleContent(p, t);
      if (participle != null && previous != null) {
        Candidate c = candidates.of(p, participle, quotations, previous.speakerMention(), previous.speakerHead(), token.word());
        if (c != null) {
          found.add(c);
        }
        continue;
      }
      VerbReadings.Reading r = reading(p, t, lemma, participle != null, quotations);
      // the parse gives the verb a content but no subject of its own ("She attacked the plan, saying C")
      if (r == null || r.content() == null || r.subject() < 0) {
        Candidate c = participle != null ? participleOfMainClause(p, t, participle, quotations, entities)
            : participleAfterSpeaker(p, t, quotations, entities);
        if (c != null) {
          found.add(c);
          previous = c;
        }
        continue;
      }
      int repaired = SpeakerMentions.repairedHead(p, t, r.subject(), speakerWords);
      int subject = repaired >= 0 && r.content().get(repaired)
          && !SpeakerMentions.cutBeforeVerb(p, repaired, t, r.content()) ? r.subject() : repaired;
      BitSet own = ContentBounds.withoutGovernor(words, p, t, r.content());
      r = own == r.content() ? r : new VerbReadings.Reading(own, r.subject(), r.match(), r.fallback());
      BitSet answer = AskedOpeners.answer(p, t, r.content());
      if (answer != null) {
        r = new VerbReadings.Reading(answer, r.subject(), r.match(), r.fallback());
      }
      if (r.content().cardinality() < (answer == null ? 2 : 1) || subject < 0 || isExpletive(p, subject, t)
          || InfinitiveActors.requestsAnonymity(p, r.content()) || ProFormContent.amountOnly(p, t, r.content())
          || StandfirstBylines.at(p, t, r.content())) {
        continue;
      }
      AttributionPatterns.Match match = r.match();
      CharSpan speaker = SpeakerMentions.span(p, subject, entities);
      if (insideOneQuotation(quotations, token.span(), speaker)) {
        continue;
      }
      Candidate c = candidates.of(p, r.content(), quotations, speaker, p.token(subject), syntax.cue(p, t));
      if (c != null && !c.span().overlaps(speaker)) {
        found.add(c);
        if (r.fallback()) {
          fallbacks.add(c);
        }
        verbContents.add(c.span());
        previous = c;
      } else if (c != null && match != null && match.pattern().equals("parenthetical")) {
        found.add(c);
        previous = c;
      }
    }
    return new Found(found, verbContents, fallbacks);
  }

  /** A verb the reporting or finding lexicon names, as the learned cue model confirms it. */
  private boolean isCue(ParsedSentence p, int t, String lemma, List<CharSpan> quotations) {
    boolean byRules = words.reportingVerbs().contains(lemma) || AsClauses.putsIt(p, t)
        || words.findingVerbs().contains(lemma) && FindingContent.isFinding(p, syntax.subjectOf(p, t), lemma, words);
    return p.isVerb(t) && learnedCues.isCue(p, t, byRules, quotations);
  }

  /**
   * The verb's reading, else its object as content where the learned model says so; a reading with
   * no subject of its own takes the sentence's opening phrase ("Ana Ruiz, who chairs the board, said C").
   */
  private VerbReadings.Reading reading(ParsedSentence p, int t, String lemma, boolean participle, List<CharSpan> quotations) {
    VerbReadings.Reading r = readings.reading(p, t, lemma);
    if ((r == null || r.content() == null) && learnedNounPhrases.reportsObject(p, t, quotations)) {
      r = readings.objectReading(p, t);
    }
    if (r != null && r.content() != null && r.subject() < 0 && !participle) {
      int opener = patterns.relativeOpener(p, t);
      opener = opener >= 0 ? opener : ClauseSubjects.swallowedName(p, t, r.content());
      r = new VerbReadings.Reading(r.content(), opener, r.match(), r.fallback());
    }
    return r;
  }

  /**
   * "She attacked the plan, saying it would fail", the parse hanging "saying" on its content: the
   * participle's content, spoken by the subject of the clause before it; not ", speaking at the forum".
   */
  private Candidate participleOfMainClause(ParsedSentence p, int t, BitSet participle, List<CharSpan> quotations,
      List<EntityMention> entities) {
    int first = participle.nextSetBit(0);
    boolean prepositional = p.token(t + 1).pos().equals("TO") || p.token(first).pos().equals("IN")
        && !p.token(t + 1).word().equalsIgnoreCase("that");
    int subject = prepositional ? -1 : syntax.mainClauseSubject(p, t);
    return subject < 0 ? null : candidates.of(p, participle, quotations, SpeakerMentions.span(p, subject, entities),
        p.token(subject), p.token(t).word());
  }

  /** "with 40 percent of voters saying C", "closed by saying C" (see {@link NounParticiples}). */
  private Candidate participleAfterSpeaker(ParsedSentence p, int t, List<CharSpan> quotations,
      List<EntityMention> entities) {
    NounParticiples.Reading r = nounParticiples.find(p, t);
    return r == null ? null : candidates.of(p, r.content(), quotations, SpeakerMentions.span(p, r.speaker(), entities),
        p.token(r.speaker()), p.token(t).word());
  }

  /** '"You will have to ask them," she said': a cue and its speaker quoted in someone else's words. */
  private static boolean insideOneQuotation(List<CharSpan> quotations, CharSpan verb, CharSpan speaker) {
    return quotations.stream().anyMatch(q -> q.contains(verb) && q.contains(speaker));
  }

  /**
   * "It is said that ...", "It is worth noting that ...": no source. The active subject of the
   * reporting verb itself ("The agency denied it. It said ...") is a referring pronoun.
   */
  private boolean isExpletive(ParsedSentence p, int subject, int verb) {
    boolean activeSubject = p.head(subject) == verb && p.relation(subject).equals("nsubj");
    return !activeSubject && words.expletiveSubjects().contains(p.token(subject).word().toLowerCase(Locale.ROOT));
  }
}
