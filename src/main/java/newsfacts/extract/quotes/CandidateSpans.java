package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.model.CharSpan;
import newsfacts.model.QuoteKind;
import newsfacts.model.Token;

/**
 * A quote candidate from the tokens a cue reports, trimmed: direct when one quotation holds the
 * content, mixed (and widened to the quotation) when it overlaps one, else indirect.
 */
final class CandidateSpans {
  private final ContentTrimmer trimmer;

  CandidateSpans(QuoteWords words) {
    this.trimmer = new ContentTrimmer(words);
  }

  /** The candidate for the reported tokens, or null when they make no span we can delimit. */
  Candidate of(ParsedSentence p, BitSet content, List<CharSpan> quotations, CharSpan speaker, Token speakerHead, String cue) {
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
