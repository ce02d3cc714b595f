package newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import newsfacts.model.Article;
import newsfacts.model.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input file gets a defined outcome: an article, a failure with its reason, or ignored. */
class ArticleReaderTest {
  private static final long LIMIT = 2_000_000;
  @TempDir Path folder;

  private ReadResult readOne(String name, byte[] bytes) throws IOException {
    Files.write(folder.resolve(name), bytes);
    return new ArticleReader(LIMIT).readFolder(folder);
  }

  private String reasonFor(String name, byte[] bytes) throws IOException {
    ReadResult result = readOne(name, bytes);
    assertEquals(List.of(), result.articles());
    assertEquals(1, result.failures().size());
    Failure f = result.failures().get(0);
    assertEquals(name.substring(0, name.length() - 4), f.docId());
    assertEquals(name, f.file());
    assertEquals("read", f.stage());
    return f.reason();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void emptyFileIsAFailure() throws IOException {
    assertEquals("empty file (0 bytes)", reasonFor("empty.txt", new byte[0]));
  }

  @Test
  void whiteSpaceOnlyFileIsAFailure() throws IOException {
    assertEquals("empty article: no text besides white space",
        reasonFor("blank.txt", utf8("\uFEFF  \r\n\t\u00A0\u2003\n\u200B\n")));
  }

  @Test
  void nulByteIsBinaryContent() throws IOException {
    assertEquals("binary content: NUL byte at byte offset 3", reasonFor("nul.txt", utf8("abc\0def")));
  }

  @Test
  void pngRenamedToTxtIsBinaryContent() throws IOException {
    byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    assertEquals("binary content: control byte 0x1A at byte offset 6", reasonFor("image.txt", png));
  }

  @Test
  void controlCharacterIsBinaryContent() throws IOException {
    assertEquals("binary content: control byte 0x07 at byte offset 5", reasonFor("bell.txt", utf8("Hello\u0007 world")));
  }

  @Test
  void utf16IsRefusedWithAHint() throws IOException {
    assertEquals("UTF-16 text (byte order mark FF FE): save the file as UTF-8",
        reasonFor("utf16.txt", bytes(0xFF, 0xFE, 'H', 0, 'i', 0)));
  }

  @Test
  void invalidUtf8ReportsTheByteOffset() throws IOException {
    // "café" saved as Latin-1: é is the single byte 0xE9.
    byte[] latin1 = "Le café".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("invalid UTF-8 at byte offset 6 (byte 0xE9): save the file as UTF-8", reasonFor("latin1.txt", latin1));
  }

  @Test
  void truncatedUtf8SequenceAtTheEndReportsItsOffset() throws IOException {
    // "…" is E2 80 A6; the file ends after its first two bytes.
    byte[] truncated = bytes('a', 'b', 0xE2, 0x80);
    assertEquals("invalid UTF-8 at byte offset 2 (byte 0xE2): save the file as UTF-8", reasonFor("cut.txt", truncated));
  }

  @Test
  void byteOrderMarkIsKeptSoOffsetsIndexTheDecodedText() throws IOException {
    ReadResult result = readOne("bom.txt", utf8("\uFEFFSCO summit\n"));
    assertEquals(List.of(), result.failures());
    Article a = result.articles().get(0);
    assertEquals("\uFEFFSCO summit\n", a.text());
    assertEquals("SCO", a.text().substring(1, 4));
  }

  @Test
  void crlfLineEndingsAreKeptExactly() throws IOException {
    String text = "SCO summit\r\nASTANA, June 5 -- Leaders met.\r\n";
    ReadResult result = readOne("crlf.txt", utf8(text));
    Article a = result.articles().get(0);
    assertEquals(text, a.text());
    assertEquals("ASTANA", a.text().substring(12, 18));
  }

  @Test
  void nonAsciiTextIsDecoded() throws IOException {
    ReadResult result = readOne("chinese.txt", utf8("分享 © 2013 …\n"));
    assertEquals("分享 © 2013 …\n", result.articles().get(0).text());
  }

  @Test
  void articleOfSeveralMegabytesIsRefusedWithoutReadingIt() throws IOException {
    byte[] big = new byte[5_000_000];
    java.util.Arrays.fill(big, (byte) 'a');
    assertEquals("file is 5000000 bytes, over the limit of 2000000 bytes (--max-bytes)", reasonFor("huge.txt", big));
  }

  @Test
  void brokenLinkIsUnreadable() throws IOException {
    Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("nowhere.txt"));
    ReadResult result = new ArticleReader(LIMIT).readFolder(folder);
    assertEquals(List.of(new Failure("gone", "gone.txt", "read", "cannot read file: no such file (a broken link?)")),
        result.failures());
  }

  @Test
  void fileWithoutReadPermissionIsUnreadable() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
    Path file = folder.resolve("secret.txt");
    Files.writeString(file, "text");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    ReadResult result = new ArticleReader(LIMIT).readFolder(folder);
    assertEquals(List.of(new Failure("secret", "secret.txt", "read", "cannot read file: permission denied")),
        result.failures());
  }

  @Test
  void otherEntriesAreIgnoredWithAReason() throws IOException {
    Files.writeString(folder.resolve("a.txt"), "Good article.");
    Files.writeString(folder.resolve("B.TXT"), "Upper-case extension.");
    Files.writeString(folder.resolve("notes.docx"), "x");
    Files.writeString(folder.resolve("README"), "x");
    Files.writeString(folder.resolve(".hidden.txt"), "x");
    Files.createDirectory(folder.resolve("sub.txt"));
    ReadResult result = new ArticleReader(LIMIT).readFolder(folder);
    assertEquals(List.of("B", "a"), result.articles().stream().map(Article::id).toList());
    assertEquals(List.of(), result.failures());
    assertEquals(
        List.of(new Ignored(".hidden.txt", "a hidden file"), new Ignored("README", "not a .txt file"),
            new Ignored("notes.docx", "not a .txt file"), new Ignored("sub.txt", "a folder (subfolders are not read)")),
        result.ignored());
  }

  @Test
  void twoFilesWithTheSameDocIdFailTheSecond() throws IOException {
    Files.writeString(folder.resolve("a.TXT"), "One.");
    Files.writeString(folder.resolve("a.txt"), "Two.");
    ReadResult result = new ArticleReader(LIMIT).readFolder(folder);
    assertEquals(List.of("a.TXT"), result.articles().stream().map(a -> a.file().getFileName().toString()).toList());
    assertEquals(List.of(new Failure("a", "a.txt", "read", "doc_id 'a' is already taken by a.TXT")), result.failures());
  }

  @Test
  void missingFolderIsAnError() {
    IOException e = assertThrows(IOException.class, () -> new ArticleReader(LIMIT).readFolder(folder.resolve("nope")));
    assertEquals("input folder not found: " + folder.resolve("nope"), e.getMessage());
  }

  @Test
  void fileInsteadOfFolderIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("x.txt"), "x");
    IOException e = assertThrows(IOException.class, () -> new ArticleReader(LIMIT).readFolder(file));
    assertEquals("input is not a folder: " + file, e.getMessage());
  }

  @Test
  void emptyFolderGivesNothing() throws IOException {
    ReadResult result = new ArticleReader(LIMIT).readFolder(folder);
    assertEquals(new ReadResult(List.of(), List.of(), List.of()), result);
  }
}
