package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.quotes.cues.CueFeatures;
import newsfacts.extract.quotes.cues.CueModel;
import newsfacts.extract.quotes.cues.LearnedNounPhrases;
import newsfacts.extract.quotes.cues.LearnedCues;
import newsfacts.extract.quotes.speakers.SourceRepairs;
import newsfacts.extract.quotes.speakers.SpeakerMentions;
import newsfacts.extract.quotes.speakers.SpeakerResolver;
import newsfacts.extract.quotes.speakers.UnstatedSources;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Token;

/**
 * Reported speech from the dependency parse: a reporting verb with a clausal complement ("X said
 * (that) C"), with a fronted clause ("C, said X"), with a to-infinitive ("X vowed to ..."), "call
 * for C", and "according to X, C". Content inside quotation marks makes the quote direct; a
 * quoted fragment inside a paraphrase makes it mixed. Quotation marks that no reporting verb
 * claims (names, coined terms) are not quotes.
 */
public final class QuoteExtractor {
  private final QuoteWords words;
  private final AttributionPatterns patterns;
  private final SyntacticAttribution syntax;
  private final ContentTrimmer trimmer;
  private final SpeakerWords speakerWords;
  private final CrossSentenceQuotes crossSentence;
  private final ColonLines colonLines;
  private final NounParticiples nounParticiples;
  private final NominalCues nominalCues;
  private final VerbReadings readings;
  private final LearnedCues learnedCues;
  private final LearnedNounPhrases learnedNounPhrases;
  /** Documents and speech nouns, whose "by"/"from" phrase names the author ("a tally by the agency"). */
  private final Set<String> authoredNouns;

  public QuoteExtractor(QuoteWords words, SpeakerWords speakerWords, CueModel cueModel) {
    this(words, speakerWords, cueModel, CueModel.none());
  }

  /** @param npModel the noun-phrase content classifier ({@link LearnedNounPhrases}) */
  public QuoteExtractor(QuoteWords words, SpeakerWords speakerWords, CueModel cueModel, CueModel npModel) {
    this.words = words;
    this.learnedNounPhrases = new LearnedNounPhrases(npModel, words);
    this.learnedCues = new LearnedCues(cueModel, new CueFeatures(words.reportingVerbs()));
    this.speakerWords = speakerWords;
    this.authoredNouns = new HashSet<>(words.documentNouns());
    this.authoredNouns.addAll(words.speechNouns());
    this.patterns = new AttributionPatterns(words);
    this.syntax = new SyntacticAttribution(words);
    this.trimmer = new ContentTrimmer(words);
    this.crossSentence = new CrossSentenceQuotes(words, syntax);
    this.colonLines = new ColonLines(words);
    this.nounParticiples = new NounParticiples(words);
    this.nominalCues = new NominalCues(words);
    this.readings = new VerbReadings(words, patterns, syntax);
  }

  /** A quote found in one sentence before its speaker is resolved. */
  record Candidate(CharSpan span, QuoteKind kind, CharSpan speakerMention, Token speakerHead, String cue, int sentence) {
    Candidate withKind(QuoteKind newKind) {
      return new Candidate(span, newKind, speakerMention, speakerHead, cue, sentence);
    }
  }

  public List<Quote> extract(AnnotatedArticle doc, List<EntityMention> entities) {
    List<CharSpan> quotations = QuotationMarks.find(doc.text());
    List<Candidate> candidates = new ArrayList<>();
    List<ParsedSentence> parsed = doc.sentences().stream().map(ParsedSentence::new).toList();
    for (ParsedSentence p : parsed) {
      candidates.addAll(inSentence(p, doc.text(), quotations, entities));
    }
    candidates.addAll(crossSentence.find(doc.text(), parsed, quotations, candidates, entities));
    candidates.addAll(colonLines.find(doc.text(), parsed, quotations, candidates, entities));
    candidates.sort(Comparator.comparingInt(Candidate::sentence));
    SpeakerResolver resolver = new SpeakerResolver(doc, entities, words, speakerWords);
    List<Quote> quotes = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.speakerMention().length() == 0) {
        quotes.add(new Quote(c.span(), c.span().of(doc.text()), c.kind(), Optional.empty(), "", "", c.cue(), c.sentence()));
        continue;
      }
      SourceRepairs.Source s = SourceRepairs.repaired(doc, entities, c.span(), c.cue(), c.speakerMention(), c.speakerHead());
      String speaker = resolver.resolve(s.mention(), s.head(), quotes);
      quotes.add(UnstatedSources.apply(doc, s.head(), new Quote(c.span(), c.span().of(doc.text()), c.kind(),
          Optional.of(s.mention()), s.mention().of(doc.text()), speaker, c.cue(), c.sentence())));
    }
    quotes.sort(Comparator.comparing(Quote::span));
    return quotes;
  }

  private List<Candidate> inSentence(ParsedSentence p, String text, List<CharSpan> quotations, List<EntityMention> entities) {
    List<Candidate> found = new ArrayList<>();
    List<CharSpan> verbContents = new ArrayList<>();
    List<Candidate> fallbacks = new ArrayList<>();
    Candidate previous = null;
    for (int t = 0; t < p.size(); t++) {
      Token token = p.token(t);
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      boolean byRules = words.reportingVerbs().contains(lemma)
          || words.findingVerbs().contains(lemma) && FindingContent.isFinding(p, syntax.subjectOf(p, t), lemma, words);
      if (!p.isVerb(t) || !learnedCues.isCue(p, t, byRules, quotations)) {
        continue;
      }
      // ", according to X" is a source phrase (accordingTo), not a participle reporting "to X"
      BitSet participle = AccordingTo.at(p, t) ? null : patterns.participleContent(p, t);
      if (participle != null && previous != null) {
        Candidate c = candidate(p, participle, quotations, previous.speakerMention(), previous.speakerHead(), token.word());
        if (c != null) {
          found.add(c);
        }
        continue;
      }
      VerbReadings.Reading r = readings.reading(p, t, lemma);
      if ((r == null || r.content() == null) && learnedNounPhrases.reportsObject(p, t, quotations)) {
        r = readings.objectReading(p, t);
      }
      if (r != null && r.content() != null && r.subject() < 0 && participle == null) {
        int opener = patterns.relativeOpener(p, t);
        opener = opener >= 0 ? opener : ClauseSubjects.swallowedName(p, t, r.content());
        r = new VerbReadings.Reading(r.content(), opener, r.match(), r.fallback());
      }
      // the parse gives the verb a content but no subject of its own ("She attacked the plan, saying C")
      boolean noSpeaker = r == null || r.content() == null || r.subject() < 0;
      if (noSpeaker && participle != null) {
        Candidate c = participleOfMainClause(p, t, participle, quotations, entities);
        if (c != null) {
          found.add(c);
          previous = c;
        }
        continue;
      }
      if (noSpeaker) {
        Candidate c = participleAfterSpeaker(p, t, quotations, entities);
        if (c != null) {
          found.add(c);
          previous = c;
        }
        continue;
      }
      int repaired = SpeakerMentions.repairedHead(p, t, r.subject(), speakerWords);
      int subject = repaired >= 0 && r.content().get(repaired)
          && !SpeakerMentions.cutBeforeVerb(p, repaired, t, r.content()) ? r.subject() : repaired;
      BitSet answer = AskedOpeners.answer(p, t, r.content());
      if (answer != null) {
        r = new VerbReadings.Reading(answer, r.subject(), r.match(), r.fallback());
      }
      if (r.content().cardinality() < (answer == null ? 2 : 1) || subject < 0 || isExpletive(p, subject, t)) {
        continue;
      }
      AttributionPatterns.Match match = r.match();
      CharSpan speaker = SpeakerMentions.span(p, subject, entities);
      if (insideOneQuotation(quotations, token.span(), speaker)) {
        continue;
      }
      Candidate c = candidate(p, r.content(), quotations, speaker, p.token(subject), syntax.cue(p, t));
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
    found.addAll(accordingTo(p, quotations, entities, verbContents));
    askedQuestion(p, quotations, found);
    reportedClause(p, quotations, found);
    found.addAll(nominal(p, quotations, entities));
    found.removeIf(c -> fallbacks.contains(c) && found.stream().anyMatch(o -> !fallbacks.contains(o) && o.span().overlaps(c.span())));
    return outerQuotesStayIndirect(found);
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
    return subject < 0 ? null : candidate(p, participle, quotations, SpeakerMentions.span(p, subject, entities),
        p.token(subject), p.token(t).word());
  }

  /** "with 40 percent of voters saying C", "closed by saying C" (see {@link NounParticiples}). */
  private Candidate participleAfterSpeaker(ParsedSentence p, int t, List<CharSpan> quotations,
      List<EntityMention> entities) {
    NounParticiples.Reading r = nounParticiples.find(p, t);
    return r == null ? null : candidate(p, r.content(), quotations, SpeakerMentions.span(p, r.speaker(), entities),
        p.token(r.speaker()), p.token(t).word());
  }

  /** "Asked whether C, X said no": the question, with no stated source (see {@link AskedOpeners}). */
  private void askedQuestion(ParsedSentence p, List<CharSpan> quotations, List<Candidate> found) {
    BitSet question = AskedOpeners.question(p, words.questionComplementizers());
    if (question == null) {
      return;
    }
    Token asked = p.token(AskedOpeners.asked(p));
    CharSpan none = new CharSpan(asked.span().begin(), asked.span().begin());
    Candidate c = candidate(p, question, quotations, none, asked, asked.word());
    if (c != null && found.stream().noneMatch(o -> o.span().overlaps(c.span()) && o.cue().equalsIgnoreCase(asked.word()))) {
      found.removeIf(o -> c.span().contains(o.span()));
      found.add(c);
    }
  }

  /** "The council has reportedly hired a lawyer": no stated source (see {@link ReportedClauses}). */
  private void reportedClause(ParsedSentence p, List<CharSpan> quotations, List<Candidate> found) {
    int adverb = ReportedClauses.adverb(p);
    BitSet clause = adverb < 0 ? null : ReportedClauses.clause(p, adverb);
    Token cue = clause == null ? null : p.token(adverb);
    Candidate c = cue == null ? null : candidate(p, clause, quotations,
        new CharSpan(cue.span().begin(), cue.span().begin()), cue, cue.word());
    if (c != null && found.stream().noneMatch(o -> o.span().overlaps(c.span()))) {
      found.add(c);
    }
  }

  /** "According to X, C" (see {@link AccordingTo}), unless inside another quote. */
  private List<Candidate> accordingTo(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities,
      List<CharSpan> verbContents) {
    List<Candidate> result = new ArrayList<>();
    for (int t = 0; t + 1 < p.size(); t++) {
      int source = AccordingTo.at(p, t) ? AccordingTo.source(p, t, authoredNouns) : -1;
      if (source < 0) {
        continue;
      }
      AccordingTo.Content content = AccordingTo.content(p, t, p.head(t));
      CharSpan speaker = SpeakerMentions.span(p, source, entities);
      Candidate c = candidate(p, content.tokens(), quotations, speaker, p.token(source), "according to");
      boolean insideAnother = c != null && verbContents.stream().anyMatch(v -> v.contains(speaker));
      if (c != null && !insideAnother && (content.aroundSource() || !c.span().overlaps(speaker))) {
        result.add(c);
      }
    }
    return result;
  }

  /** "the mayor's claim that taxes rose" (see {@link NominalCues}). */
  private List<Candidate> nominal(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities) {
    List<Candidate> result = new ArrayList<>();
    for (int t = 0; t < p.size(); t++) {
      NominalCues.Reading r = nominalCues.at(p, t);
      Candidate c = r == null ? null : candidate(p, r.content(), quotations,
          SpeakerMentions.span(p, r.speaker(), entities), p.token(r.speaker()), p.token(t).word());
      if (c != null) {
        result.add(c);
      }
    }
    return result;
  }

  /**
   * "X called for a "fresh start", the agency said": the quoted words belong to the inner quote, so
   * the outer one, which contains it, stays indirect.
   */
  private static List<Candidate> outerQuotesStayIndirect(List<Candidate> found) {
    List<Candidate> result = new ArrayList<>();
    for (Candidate c : found) {
      boolean containsMixed = found.stream().anyMatch(o -> o != c && o.kind() != QuoteKind.INDIRECT
          && c.span().contains(o.span()) && !c.span().equals(o.span()));
      result.add(c.kind() == QuoteKind.MIXED && containsMixed ? c.withKind(QuoteKind.INDIRECT) : c);
    }
    return result;
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

  /** The tokens a reporting verb reports, or null when it reports nothing we can delimit. */
  private Candidate candidate(ParsedSentence p, BitSet content, List<CharSpan> quotations,
      CharSpan speaker, Token speakerHead, String cue) {
    trimmer.trim(p, content);
    CharSpan span = p.span(content);
    if (span == null) {
      return null;
    }
    for (CharSpan q : quotations) {
      if (q.begin() <= span.begin() + 1 && span.end() - 1 <= q.end()) {
        return new Candidate(q, QuoteKind.DIRECT, speaker, speakerHead, cue, p.sentence().index());
      }
    }
    QuoteKind kind = QuoteKind.INDIRECT;
    for (CharSpan q : quotations) {
      if (span.overlaps(q)) {
        kind = QuoteKind.MIXED;
        span = new CharSpan(Math.min(span.begin(), q.begin()), Math.max(span.end(), q.end()));
      }
    }
    return new Candidate(span, kind, speaker, speakerHead, cue, p.sentence().index());
  }
}
