package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.extract.quotes.speakers.SpeakerMentions;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Token;

/**
 * Quotes in one sentence whose cue is no reporting verb: a source phrase ("according to X, C"), an
 * "Asked whether C" opener, a hearsay adverb ("reportedly") and a speech noun ("the mayor's claim that C").
 */
final class NonVerbCues {
  private final QuoteWords words;
  private final NominalCues nominalCues;
  private final CandidateSpans candidates;
  /** Documents and speech nouns, whose "by"/"from" phrase names the author ("a tally by the agency"). */
  private final Set<String> authoredNouns;

  NonVerbCues(QuoteWords words, CandidateSpans candidates) {
    this.words = words;
    this.candidates = candidates;
    this.nominalCues = new NominalCues(words);
    this.authoredNouns = new HashSet<>(words.documentNouns());
    this.authoredNouns.addAll(words.speechNouns());
  }

  /**
   * "Asked whether C, X said no": the question, with no stated source (see {@link AskedOpeners});
   * "Asked by Tom Hale why C, X said ...": the one named in the "by" phrase asked it.
   */
  void askedQuestion(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities, List<Candidate> found) {
    BitSet question = AskedOpeners.question(p, words.questionComplementizers());
    if (question == null) {
      return;
    }
    Token asked = p.token(AskedOpeners.asked(p));
    int agent = p.passiveAgent(asked.index());
    CharSpan source = agent < 0 || question.get(agent) ? new CharSpan(asked.span().begin(), asked.span().begin())
        : SpeakerMentions.span(p, agent, entities);
    Token head = agent < 0 || question.get(agent) ? asked : p.token(agent);
    Candidate c = candidates.of(p, question, quotations, source, head, asked.word());
    if (c != null && found.stream().noneMatch(o -> o.span().overlaps(c.span()) && o.cue().equalsIgnoreCase(asked.word()))) {
      found.removeIf(o -> c.span().contains(o.span()));
      found.add(c);
    }
  }

  /** "The council has reportedly hired a lawyer": no stated source (see {@link ReportedClauses}). */
  void reportedClause(ParsedSentence p, List<CharSpan> quotations, List<Candidate> found) {
    int adverb = ReportedClauses.adverb(p);
    BitSet clause = adverb < 0 ? null : ReportedClauses.clause(p, adverb);
    Token cue = clause == null ? null : p.token(adverb);
    Candidate c = cue == null ? null : candidates.of(p, clause, quotations,
        new CharSpan(cue.span().begin(), cue.span().begin()), cue, cue.word());
    if (c != null && found.stream().noneMatch(o -> o.span().overlaps(c.span()))) {
      found.add(c);
    }
  }

  /** "According to X, C" (see {@link AccordingTo}), unless inside the content of a reporting verb. */
  List<Candidate> accordingTo(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities,
      List<CharSpan> verbContents) {
    List<Candidate> result = new ArrayList<>();
    for (int t = 0; t + 1 < p.size(); t++) {
      int source = AccordingTo.at(p, t) ? AccordingTo.source(p, t, authoredNouns) : -1;
      if (source < 0) {
        continue;
      }
      AccordingTo.Content content = AccordingTo.content(p, t, p.head(t));
      CharSpan speaker = SpeakerMentions.span(p, source, entities);
      Candidate c = candidates.of(p, content.tokens(), quotations, speaker, p.token(source), "according to");
      boolean insideAnother = c != null && verbContents.stream().anyMatch(v -> v.contains(speaker));
      if (c != null && !insideAnother && (content.aroundSource() || !c.span().overlaps(speaker))) {
        result.add(c);
      }
    }
    return result;
  }

  /** "the mayor's claim that taxes rose" (see {@link NominalCues}). */
  List<Candidate> nominal(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities) {
    List<Candidate> result = new ArrayList<>();
    for (int t = 0; t < p.size(); t++) {
      NominalCues.Reading r = nominalCues.at(p, t);
      Candidate c = r == null ? null : candidates.of(p, r.content(), quotations,
          SpeakerMentions.span(p, r.speaker(), entities), p.token(r.speaker()), p.token(t).word());
      if (c != null) {
        result.add(c);
      }
    }
    return result;
  }
}
