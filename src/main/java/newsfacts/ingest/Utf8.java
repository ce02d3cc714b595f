package newsfacts.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding that says where the first invalid byte is. */
public final class Utf8 {
  private Utf8() {}

  /** Bytes that are not valid UTF-8; {@link #offset} is the index of the first bad byte. */
  public static final class InvalidException extends Exception {
    private final int offset;

    InvalidException(int offset, String message) {
      super(message);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  /** Decodes all bytes; a byte order mark is kept as the character U+FEFF. */
  public static String decode(byte[] bytes) throws InvalidException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String found = offset < bytes.length ? String.format(Locale.ROOT, " (byte 0x%02X)", bytes[offset] & 0xFF) : "";
      throw new InvalidException(offset, "invalid UTF-8 at byte offset " + offset + found);
    }
    out.flip();
    return out.toString();
  }
}
