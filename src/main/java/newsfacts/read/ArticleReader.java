package newsfacts.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsfacts.model.Article;
import newsfacts.model.Failure;

/**
 * Reads every {@code .txt} file of a folder as UTF-8. Files that are empty, binary, not valid
 * UTF-8, unreadable or larger than the limit are reported as failures with the reason, never
 * thrown, so one bad file does not stop the batch. The text is kept exactly as decoded (a byte
 * order mark and CR characters included) so that offsets index the raw text.
 */
public final class ArticleReader {
  static final String STAGE = "read";
  private final long maxBytes;

  public ArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Lists the folder; throws IOException only when the folder itself cannot be listed. */
  public ReadResult readFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("input folder not found: " + folder);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .filter(p -> !Files.isDirectory(p))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    }
    List<Article> articles = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        articles.add(read(file));
      } catch (UnreadableArticleException e) {
        failures.add(new Failure(docId(file), file.toString(), STAGE, e.getMessage()));
      }
    }
    return new ReadResult(articles, failures);
  }

  public Article read(Path file) throws UnreadableArticleException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UnreadableArticleException(
            String.format(Locale.ROOT, "file is %d bytes, over the limit of %d bytes (--max-bytes)", size, maxBytes));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableArticleException("cannot read file: " + e.getMessage());
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UnreadableArticleException("binary content: NUL byte at byte offset " + i);
      }
    }
    String text = decode(bytes);
    if (text.replace("\uFEFF", "").isBlank()) {
      throw new UnreadableArticleException("empty article: no text besides white space");
    }
    return new Article(docId(file), file, text);
  }

  static String docId(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }

  private static String decode(byte[] bytes) throws UnreadableArticleException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UnreadableArticleException(
          "invalid UTF-8 at byte offset " + in.position() + " (save the file as UTF-8)");
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new UnreadableArticleException("invalid UTF-8 at end of file");
    }
    out.flip();
    return out.toString();
  }
}
