package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.quotes.cues.CueModel;
import newsfacts.extract.quotes.speakers.SourceRepairs;
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
  private final SpeakerWords speakerWords;
  private final ReportingVerbQuotes verbQuotes;
  private final NonVerbCues otherCues;
  private final CrossSentenceQuotes crossSentence;
  private final ColonLines colonLines;

  public QuoteExtractor(QuoteWords words, SpeakerWords speakerWords, CueModel cueModel) {
    this(words, speakerWords, cueModel, CueModel.none());
  }

  /** @param npModel the noun-phrase content classifier ({@link newsfacts.extract.quotes.cues.LearnedNounPhrases}) */
  public QuoteExtractor(QuoteWords words, SpeakerWords speakerWords, CueModel cueModel, CueModel npModel) {
    this.words = words;
    this.speakerWords = speakerWords;
    SyntacticAttribution syntax = new SyntacticAttribution(words);
    CandidateSpans candidates = new CandidateSpans(words);
    this.verbQuotes = new ReportingVerbQuotes(words, speakerWords, syntax, cueModel, npModel, candidates);
    this.otherCues = new NonVerbCues(words, candidates);
    this.crossSentence = new CrossSentenceQuotes(words, syntax);
    this.colonLines = new ColonLines(words);
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
    List<Candidate> settingOnly = new ArrayList<>();
    for (ParsedSentence p : parsed) {
      List<Candidate> found = inSentence(p, quotations, entities);
      candidates.addAll(found);
      settingOnly.addAll(SettingOnlySpeech.settingOnly(p, found));
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
    quotes.removeIf(q -> settingOnly.stream().anyMatch(c -> c.span().equals(q.span()) && c.cue().equals(q.cue())));
    quotes.sort(Comparator.comparing(Quote::span));
    return quotes;
  }

  private List<Candidate> inSentence(ParsedSentence p, List<CharSpan> quotations, List<EntityMention> entities) {
    ReportingVerbQuotes.Found byVerbs = verbQuotes.find(p, quotations, entities);
    List<Candidate> fallbacks = byVerbs.fallbacks();
    List<Candidate> found = new ArrayList<>(byVerbs.quotes());
    found.addAll(otherCues.accordingTo(p, quotations, entities, byVerbs.verbContents()));
    otherCues.askedQuestion(p, quotations, entities, found);
    otherCues.reportedClause(p, quotations, found);
    found.addAll(otherCues.nominal(p, quotations, entities));
    found.removeIf(c -> fallbacks.contains(c) && found.stream().anyMatch(o -> !fallbacks.contains(o) && o.span().overlaps(c.span())));
    return outerQuotesStayIndirect(found);
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
}
