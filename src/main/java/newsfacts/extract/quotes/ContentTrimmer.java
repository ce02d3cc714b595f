package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.Token;

/**
 * Trims a quote's content to the scheme's span: leading discourse words ("But", "that", though not
 * a "that" that is the clause's subject, "said that is unlikely"), a
 * leading adverb with its comma ("Fortunately,"), a dateline ("CITY -"), and punctuation at
 * either edge; quotation marks stay, since they decide direct and mixed quotes.
 */
public final class ContentTrimmer {
  private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

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
      int datelineEnd = first == 0 ? datelineDash(p, last) : -1;
      if (datelineEnd >= 0) {
        content.clear(first, datelineEnd + 1);
        // the dateline was the content's only words (the parse made it the root): nothing is reported
        if (content.stream().noneMatch(i -> p.token(i).word().chars().anyMatch(Character::isLetterOrDigit))) {
          content.clear();
        }
        changed = true;
      } else if (isPunctuation(f) || isDiscourseWord(p, first) || adverbWithComma) {
        content.clear(first);
        changed = true;
      } else if (isPunctuation(p.token(last)) && !isQuoteMark(p.token(last))) {
        content.clear(last);
        changed = true;
      }
    }
  }

  /**
   * A leading discourse word, unless it is the clause's subject ("said that is unlikely"): parsed
   * as one, or a word other than a conjunction or adverb right before a finite verb or modal.
   */
  private boolean isDiscourseWord(ParsedSentence p, int token) {
    Token t = p.token(token);
    boolean subject = p.relation(token).startsWith("nsubj")
        || beforeFiniteVerb(p, token) && !t.pos().equals("CC") && !t.pos().startsWith("RB");
    return leadingDiscourseWords.contains(t.word().toLowerCase(Locale.ROOT)) && !subject;
  }

  /**
   * "that" opening a reported clause ("said that the port closed"), not its subject ("said that is
   * unlikely"): a complementizer never stands right before a finite verb or modal.
   */
  static boolean isComplementizer(ParsedSentence p, int token) {
    return token < p.size() && p.token(token).word().equalsIgnoreCase("that") && !beforeFiniteVerb(p, token);
  }

  private static boolean beforeFiniteVerb(ParsedSentence p, int token) {
    String next = token + 1 < p.size() ? p.token(token + 1).pos() : "";
    return next.equals("VBZ") || next.equals("VBD") || next.equals("VBP") || next.equals("MD");
  }

  /**
   * The dash closing a dateline that opens the sentence: an upper-case word, then at most a place, a
   * date and an agency in parentheses with no verb ("HARBOURTON -", "PORT ELLEN, 14 May (Agency) -");
   * -1 when there is none or nothing follows it.
   */
  private static int datelineDash(ParsedSentence p, int last) {
    if (!isAllCaps(p.token(0).word())) {
      return -1;
    }
    for (int i = 1; i < Math.min(last, 12); i++) {
      String word = p.token(i).word();
      if (DASHES.contains(word)) {
        return i;
      }
      if (p.isVerb(i)) {
        return -1;
      }
    }
    return -1;
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
