package newsfacts.tables;

import java.util.Arrays;

/**
 * Converts between Java String indices (UTF-16 code units, what the pipeline works in) and
 * Unicode code point indices (what the tables hold: Python {@code str} indices, brat's
 * offsets). They differ only after a character outside the Basic Multilingual Plane, such as an
 * emoji, which is one code point but two Java chars: in "a😀b", "b" is at Java index 3 and at
 * code point 2.
 *
 * <p>Design decision: the conversion happens only where tables are written and read, so that
 * the model and every rule keep plain Java indices.
 */
public final class CodePoints {
  private final String text;
  /** Java indices of the second half of each surrogate pair, ascending; empty for most texts. */
  private final int[] lowSurrogates;

  private CodePoints(String text, int[] lowSurrogates) {
    this.text = text;
    this.lowSurrogates = lowSurrogates;
  }

  public static CodePoints of(String text) {
    int[] lows = new int[0];
    int n = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
        if (n == lows.length) {
          lows = Arrays.copyOf(lows, Math.max(8, n * 2));
        }
        lows[n++] = i;
      }
    }
    return new CodePoints(text, Arrays.copyOf(lows, n));
  }

  /** Whether any index differs between the two counts. */
  public boolean isIdentity() {
    return lowSurrogates.length == 0;
  }

  /** The code point index of a Java index (an index inside a pair counts as the pair's). */
  public int toCodePoint(int charIndex) {
    return charIndex - pairsBefore(charIndex);
  }

  /** The Java index of a code point index, which must be at most {@link #length}. */
  public int toCharIndex(int codePoint) {
    int lo = codePoint;
    int hi = codePoint + lowSurrogates.length;
    // The smallest Java index whose code point index is codePoint.
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toCodePoint(mid) < codePoint) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The length of the text in code points. */
  public int length() {
    return toCodePoint(text.length());
  }

  /** The text between two code point indices. */
  public String slice(int begin, int end) {
    return text.substring(toCharIndex(begin), toCharIndex(end));
  }

  private int pairsBefore(int charIndex) {
    int found = Arrays.binarySearch(lowSurrogates, charIndex);
    // A low surrogate at charIndex counts: the index falls inside that pair.
    return found >= 0 ? found + 1 : -found - 1;
  }
}
