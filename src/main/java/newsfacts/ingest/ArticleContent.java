package newsfacts.ingest;

import java.util.Locale;

/** Checks of an article's bytes and text: binary content, text that is only white space, UTF-8 decoding. */
final class ArticleContent {
  private ArticleContent() {}

  /**
   * Binary content: a UTF-16 byte order mark, a NUL byte, or an ASCII control character other
   * than tab, line feed, vertical tab, form feed and carriage return. In UTF-8 a byte below 0x80
   * is always a character of its own, so the byte offset reported is exact.
   */
  static void checkNotBinary(byte[] bytes) throws UnreadableArticleException {
    int first = bytes[0] & 0xFF;
    int second = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
      throw new UnreadableArticleException(
          String.format(Locale.ROOT, "UTF-16 text (byte order mark %02X %02X): save the file as UTF-8", first, second));
    }
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i];
      if (b == 0) {
        throw new UnreadableArticleException("binary content: NUL byte at byte offset " + i);
      }
      boolean control = (b > 0 && b < 0x20 && (b < 0x09 || b > 0x0D)) || b == 0x7F;
      if (control) {
        throw new UnreadableArticleException(
            String.format(Locale.ROOT, "binary content: control byte 0x%02X at byte offset %d", b, i));
      }
    }
  }

  /** No letter, digit, punctuation or symbol: only white space, format characters and controls. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT;
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  static String decode(byte[] bytes) throws UnreadableArticleException {
    try {
      return Utf8.decode(bytes);
    } catch (Utf8.InvalidException e) {
      throw new UnreadableArticleException(e.getMessage() + ": save the file as UTF-8");
    }
  }
}
