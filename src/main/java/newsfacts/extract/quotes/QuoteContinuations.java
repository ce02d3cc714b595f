package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.TextPositions.sentenceAt;

import java.util.List;
import java.util.regex.Pattern;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.model.CharSpan;
import newsfacts.model.QuoteKind;

/**
 * Continuation (scheme v1.2): a quotation that opens a sentence or paragraph right after a direct
 * quote carries on that speaker's words, with an empty cue.
 */
final class QuoteContinuations {
  /** Characters between a quote and its continuation: room for one attribution ("she said, adding"). */
  private static final int MAX_BETWEEN = 100;
  /** A double quotation mark in any of its forms: the text between is then no attribution. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201C]|``|''");

  private QuoteContinuations() {
  }

  /**
   * A quotation opening a sentence right after a direct quote, in its paragraph or the next. The
   * text between is short, or it is the rest of the quote's own sentence, however long its
   * attribution ('"A," said Ana Ruiz, a lawyer who has ... since 1990. "B."').
   */
  static Candidate find(String text, List<ParsedSentence> sentences, CharSpan q, List<Candidate> all) {
    Candidate previous = directBefore(q, all, sentences);
    ParsedSentence p = sentenceAt(sentences, firstWord(text, q));
    if (previous == null || p == null || !opensSentence(text, p, q)
        || isSingleQuoted(text, q) && !isSingleQuoted(text, previous.span())
        || DashSignatures.isSignature(previous.cue())) {
      return null;
    }
    String between = text.substring(previous.span().end(), q.begin());
    boolean ownSentence = p.sentence().index() > 0
        && sentenceAt(sentences, previous.span().end() - 1) == sentences.get(p.sentence().index() - 1);
    if (between.strip().length() > MAX_BETWEEN && !ownSentence || between.split("\n\\s*\n", -1).length > 2
        || QUOTE_MARKS.matcher(between).find()) {
      return null;
    }
    return new Candidate(q, QuoteKind.DIRECT, previous.speakerMention(), previous.speakerHead(), "",
        p.sentence().index());
  }

  /**
   * The last quote before {@code q} when it is direct; an indirect one read in the same sentence
   * as a direct quote ('"A," said Ana Ruiz, speaking of the road.') gives way to that quote.
   */
  private static Candidate directBefore(CharSpan q, List<Candidate> all, List<ParsedSentence> sentences) {
    Candidate previous = null;
    Candidate direct = null;
    for (Candidate c : all) {
      if (c.span().end() <= q.begin() && (previous == null || c.span().end() > previous.span().end())) {
        previous = c;
      }
      if (c.kind() != QuoteKind.INDIRECT && c.span().end() <= q.begin()
          && (direct == null || c.span().end() > direct.span().end())) {
        direct = c;
      }
    }
    if (previous == null || previous.kind() != QuoteKind.INDIRECT) {
      return previous;
    }
    boolean sameSentence = direct != null && previous.span().begin() >= direct.span().end()
        && sentenceAt(sentences, previous.span().begin()) == sentenceAt(sentences, direct.span().end() - 1);
    return sameSentence ? direct : null;
  }

  /**
   * The quotation opens its sentence: the sentence starts at its mark, or only the mark comes before
   * the sentence's first word (the tokenizer may end the sentence before with an opening '' mark).
   */
  private static boolean opensSentence(String text, ParsedSentence p, CharSpan q) {
    int first = p.token(0).span().begin();
    return first == q.begin() || first > q.begin() && first == firstWord(text, q);
  }

  /**
   * Continued speech opens with a double mark; a single-quoted line is a heading or a title ('Down the Road'),
   * unless the quote it continues is single-quoted too (copy that quotes speech with single marks).
   */
  private static boolean isSingleQuoted(String text, CharSpan q) {
    char c = text.charAt(q.begin());
    return (c == '\'' || c == '\u2018') && !text.startsWith("''", q.begin());
  }

  private static int firstWord(String text, CharSpan q) {
    int i = q.begin();
    while (i < q.end() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
