package newsfacts.formats.brat;

import java.util.Optional;
import newsfacts.model.CharSpan;
import newsfacts.model.Quote;

/**
 * Where a quote's cue is written: the quote table holds the cue's words, not their place. The
 * occurrence nearest the quote, outside its content, within the quote's sentence (whole words).
 */
final class CueSpans {
  private CueSpans() {}

  static Optional<CharSpan> find(String text, Quote quote, CharSpan sentence) {
    String cue = quote.cue();
    if (cue.isBlank()) {
      return Optional.empty();
    }
    int from = Math.min(sentence.begin(), quote.span().begin());
    int to = Math.max(sentence.end(), quote.span().end());
    CharSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int at = text.indexOf(cue, from); at >= 0 && at + cue.length() <= to; at = text.indexOf(cue, at + 1)) {
      CharSpan span = new CharSpan(at, at + cue.length());
      if (span.overlaps(quote.span()) || !wholeWords(text, span)) {
        continue;
      }
      int distance = span.end() <= quote.span().begin() ? quote.span().begin() - span.end()
          : span.begin() - quote.span().end();
      if (distance < bestDistance) {
        best = span;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean wholeWords(String text, CharSpan span) {
    boolean before = span.begin() == 0 || !Character.isLetterOrDigit(text.charAt(span.begin() - 1));
    boolean after = span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end()));
    return before && after;
  }
}
