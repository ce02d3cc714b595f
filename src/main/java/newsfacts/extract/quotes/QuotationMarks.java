package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import newsfacts.model.CharSpan;

/**
 * Finds quotations: text between paired quotation marks within one line, marks included.
 * Straight double quotes pair in order; curly quotes pair open with close; single quotes (straight or curly) count
 * only at word edges (so that apostrophes do not). Two apostrophes ('') are a double mark, as in
 * archives and typewritten copy that have no double quote ('It rained,'' she said'), and so is
 * the typesetting pair ``...''. Copy that mixes the marks pairs by position: a straight mark closes
 * a left curly one ('“We will wait," she said'), a left mark placed as a closing one closes, a right
 * mark placed as an opening one opens. A paragraph that opens with a double mark and
 * leaves it open (the convention for a quotation running over several paragraphs) is quoted to its end,
 * and so is a paragraph's last quotation left open when the next paragraph opens with a mark.
 */
public final class QuotationMarks {
  /** Stands for the two-character double mark '' while a quotation is open. */
  private static final char DOUBLED = '\u0000';

  private QuotationMarks() {}

  public static List<CharSpan> find(String text) {
    List<CharSpan> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInLine(text, lineStart, lineEnd, spans);
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private static void findInLine(String text, int from, int to, List<CharSpan> spans) {
    int open = -1;
    char closing = 0;
    boolean nestedStraight = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean doubled = text.startsWith("''", i) || text.startsWith("``", i);
      if (doubled && i + 2 <= to) {
        if (open < 0) {
          open = i;
          closing = DOUBLED;
        } else if (closing == DOUBLED && text.startsWith("''", i)) {
          spans.add(new CharSpan(open, i + 2));
          open = -1;
        }
        i++;
        continue;
      }
      if (open < 0) {
        if (c == '"' || c == '\u201C' || c == '\u201D' && opensHere(text, i, to)
            || (c == '\'' || c == '\u2018') && isOpeningSingle(text, i, to)) {
          open = i;
          closing = c == '\u201C' || c == '\u201D' ? '\u201D' : c == '\u2018' ? '\u2019' : c;
          nestedStraight = false;
        }
      } else if (closing == '\u201D' && c == '"') {
        // '“We will wait," she said': a straight mark closes a curly one, unless it opens a nested pair
        boolean nested = nestedStraight || opensHere(text, i, to);
        nestedStraight = nested && !nestedStraight;
        if (!nested) {
          spans.add(new CharSpan(open, i + 1));
          open = -1;
        }
      } else if (c == closing || c == '\u201D' && closing == '"'
          || c == '\u201C' && (closing == '"' || closing == '\u201D') && !opensHere(text, i, to)) {
        if (closing != '\'' && closing != '\u2019' || isClosingSingle(text, i, to)) {
          spans.add(new CharSpan(open, i + 1));
          open = -1;
        }
      }
    }
    // A quoted paragraph that goes on into the next one opens with a mark and does not close it.
    // So does the last quotation of a paragraph left open when the next paragraph opens with a mark.
    if (open >= 0 && closing != '\'' && closing != '\u2019'
        && (text.substring(from, open).isBlank() || nextParagraphOpensQuoted(text, to))) {
      int end = to;
      while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      spans.add(new CharSpan(open, end));
    }
  }

  /** Whether the next non-blank line after {@code end} opens with a double quotation mark. */
  private static boolean nextParagraphOpensQuoted(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\u201C' || text.startsWith("``", i));
  }

  /**
   * A double mark placed as an opening one: after a space or the line's start and before a word
   * ('she said, ”We will wait.”' opens with a right mark; 'wait,“ she said' closes with a left one).
   */
  private static boolean opensHere(String text, int i, int end) {
    boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014".indexOf(text.charAt(i - 1)) >= 0;
    return afterSpace && i + 1 < end && !Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean isOpeningSingle(String text, int i, int end) {
    boolean startOfWord = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    return startOfWord && i + 1 < end && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isClosingSingle(String text, int i, int end) {
    return i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
