package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import newsfacts.model.CharSpan;

/**
 * Finds quotations: text between paired quotation marks within one line, marks included.
 * Straight double quotes pair in order; curly quotes pair open with close; single quotes (straight or curly) count
 * only at word edges (so that apostrophes do not). Two apostrophes ('') are a double mark, as in
 * archives and typewritten copy that have no double quote ('It rained,'' she said'), and so is
 * the typesetting pair ``...''. A paragraph that opens with a double mark and
 * leaves it open (the convention for a quotation running over several paragraphs) is quoted to its end.
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
        if (c == '"' || c == '\u201C' || ((c == '\'' || c == '\u2018') && isOpeningSingle(text, i, to))) {
          open = i;
          closing = c == '\u201C' ? '\u201D' : c == '\u2018' ? '\u2019' : c;
        }
      } else if (c == closing || (closing == '"' && c == '\u201D')) {
        if (closing != '\'' && closing != '\u2019' || isClosingSingle(text, i, to)) {
          spans.add(new CharSpan(open, i + 1));
          open = -1;
        }
      }
    }
    // A quoted paragraph that goes on into the next one opens with a mark and does not close it.
    if (open >= 0 && closing != '\'' && closing != '\u2019' && text.substring(from, open).isBlank()) {
      int end = to;
      while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      spans.add(new CharSpan(open, end));
    }
  }

  private static boolean isOpeningSingle(String text, int i, int end) {
    boolean startOfWord = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    return startOfWord && i + 1 < end && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isClosingSingle(String text, int i, int end) {
    return i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
