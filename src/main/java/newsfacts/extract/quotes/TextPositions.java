package newsfacts.extract.quotes;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.CharSpan;

/** Character offsets in an article's text mapped to its sentences and tokens, and moved past white space. */
final class TextPositions {
  private TextPositions() {
  }

  /** The sentence that holds the character at {@code offset}, or null. */
  static ParsedSentence sentenceAt(List<ParsedSentence> sentences, int offset) {
    for (ParsedSentence p : sentences) {
      CharSpan s = p.sentence().span();
      if (s.begin() <= offset && offset < s.end()) {
        return p;
      }
    }
    return null;
  }

  /** The token that holds the character at {@code offset}; the sentence's last token when none does. */
  static int tokenAt(ParsedSentence p, int offset) {
    for (int t = 0; t < p.size(); t++) {
      if (p.token(t).span().begin() <= offset && offset < p.token(t).span().end()) {
        return t;
      }
    }
    return p.size() - 1;
  }

  /** The offset before the white space that ends right before {@code i}. */
  static int skipSpaceBack(String text, int i) {
    int j = i;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  /** The first offset from {@code i} on that is no white space (or the text's end). */
  static int skipSpace(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
