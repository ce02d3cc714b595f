package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.Token;

/**
 * Trims a quote's content to the scheme's span: leading discourse words ("But", "that"), a
 * leading adverb with its comma ("Fortunately,"), a dateline ("CITY -"), and punctuation at
 * either edge; quotation marks stay, since they decide direct and mixed quotes.
 */
public final class ContentTrimmer {
  private final Set<String> leadingDiscourseWords;

  ContentTrimmer(QuoteWords words) {
    this.leadingDiscourseWords = words.leadingDiscourseWords();
  }

  void trim(ParsedSentence p, BitSet content) {
    boolean changed = true;
    while (changed && !content.isEmpty()) {
      changed = false;
      int first = content.nextSetBit(0);
      int last = content.length() - 1;
      Token f = p.token(first);
      boolean adverbWithComma = f.pos().startsWith("RB") && first + 1 <= last && p.token(first + 1).word().equals(",");
      boolean dateline = first == 0 && isAllCaps(f.word()) && first + 1 <= last
          && (p.token(first + 1).word().equals("-") || p.token(first + 1).word().equals("--"));
      if (dateline) {
        content.clear(first, first + 2);
        changed = true;
      } else if (isPunctuation(f) || leadingDiscourseWords.contains(f.word().toLowerCase(Locale.ROOT)) || adverbWithComma) {
        content.clear(first);
        changed = true;
      } else if (isPunctuation(p.token(last)) && !isQuoteMark(p.token(last))) {
        content.clear(last);
        changed = true;
      }
    }
  }

  private static boolean isAllCaps(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private static boolean isPunctuation(Token t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0)) && !isQuoteMark(t)
        && !t.word().startsWith("$");
  }

  private static boolean isQuoteMark(Token t) {
    String w = t.word();
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D")
        || w.equals("`") || w.equals("'") || w.equals("\u2018") || w.equals("\u2019");
  }
}
