package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.Token;

/** Token tests on the surface of a sentence that the attribution readings share: words, punctuation, auxiliaries. */
final class SurfaceTokens {
  /** Tokens that close a content before its attribution; CoreNLP keeps curly quotes as written. */
  private static final Set<String> CLOSING = Set.of("''", "\"", "\u201D", "\u2019", ")", ";", ":", "\u3002");

  private SurfaceTokens() {
  }

  static boolean isWord(ParsedSentence p, int i, String word) {
    return i >= 0 && i < p.size() && p.token(i).word().equals(word);
  }

  static BitSet range(int from, int to) {
    BitSet set = new BitSet();
    if (to > from) {
      set.set(from, to);
    }
    return set;
  }

  static boolean isAux(QuoteWords words, Token t) {
    return words.auxiliaryWords().contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** The last token before {@code verb} that is no modal or auxiliary (nor adverb, when asked): "has [not] said". */
  static int beforeAuxiliaries(QuoteWords words, ParsedSentence p, int verb, boolean adverbs) {
    int i = verb - 1;
    while (i >= 0 && (p.token(i).pos().startsWith("MD") || isAux(words, p.token(i))
        || adverbs && p.token(i).pos().equals("RB"))) {
      i--;
    }
    return i;
  }

  /** The sentence ends at {@code i}, or a comma, a full stop or a closing mark stands there. */
  static boolean closesAt(ParsedSentence p, int i) {
    return i >= p.size() || isWord(p, i, ",") || isWord(p, i, ".") || isClosingPunct(p, i);
  }

  /**
   * A comma, or closing quotation marks right after one (',"', a nested quote's ",' ''"), ends the
   * content before an attribution.
   */
  static boolean isBoundaryBefore(ParsedSentence p, int i) {
    if (isWord(p, i, ",")) {
      return true;
    }
    int j = i;
    while (j > 0 && i - j < 3 && isClosingPunct(p, j)) {
      j--;
    }
    return j < i && isWord(p, j, ",");
  }

  private static boolean isClosingPunct(ParsedSentence p, int i) {
    return i >= 0 && i < p.size() && (CLOSING.contains(p.token(i).word()) || isQuoteMarks(p.token(i).word()));
  }

  /** A token of closing quotation marks only, as the tokenizer leaves nested ones ("'''", right single + double). */
  private static boolean isQuoteMarks(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c == '\'' || c == '"' || c == '\u2019' || c == '\u201D');
  }
}
