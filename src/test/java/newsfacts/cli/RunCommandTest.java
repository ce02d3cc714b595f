package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsfacts.annotate.FakeAnnotator;
import newsfacts.formats.xlsx.XlsxWriter;
import newsfacts.report.ReportSink;
import newsfacts.tables.OutputLock;
import newsfacts.tables.ResultWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command end to end with a model-free annotator: exit statuses, failures.csv, paths. */
class RunCommandTest {
  /** The tables with one row per good article (failures.csv is compared on its own). */
  private static final List<String> ARTICLE_TABLES =
      List.of("documents.csv", "entities.csv", "dates.csv", "quotes.csv", "relations.csv", "entity_index.csv");

  /** What a run writes with the default --formats (csv,xlsx), sorted. */
  /** What a default run that does not score leaves in its folder: the tables, the workbook and the report. */
  static final List<String> DEFAULT_FILES = Stream.concat(ResultWriter.TABLE_FILES.stream(),
          Stream.of(XlsxWriter.FILE, ReportSink.FOLDER))
      .sorted().toList();

  @TempDir Path root;
  Path good;
  Path mixed;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out, true);
    PrintWriter e = new PrintWriter(err, true);
    int status = Main.run(new RunCommand(o, e, settings -> new FakeAnnotator()), args, o, e);
    return new Run(status, out.toString(), err.toString());
  }

  static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Three good articles: LF, CRLF with a byte order mark, non-ASCII with formula-like lines. */
  static void writeGoodArticles(Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder.resolve("g1.txt"), "Astana Summit opens today\nLeaders of the Shanghai Group met in 2013.\n");
    write(folder.resolve("g2.txt"), "\uFEFFBeijing Talks end well\r\nThe Foreign Ministry said so in 2012.\r\n");
    write(folder.resolve("g3.txt"),
        "=HYPERLINK(\"http://example.com\") Breaking News Today\n分享 © 2014 … Ürümqi Daily\n-Kazakh Desk +1 @Astana\n");
  }

  @BeforeEach
  void folders() throws IOException {
    good = root.resolve("good");
    mixed = root.resolve("mixed");
    writeGoodArticles(good);
    writeGoodArticles(mixed);
    write(mixed.resolve("empty.txt"), "");
    write(mixed.resolve("blank.txt"), " \r\n\t\n");
    Files.write(mixed.resolve("nul.txt"), new byte[] {'a', 'b', 'c', 0, 'd'});
    Files.write(mixed.resolve("latin1.txt"), "Le café".getBytes(StandardCharsets.ISO_8859_1));
    write(mixed.resolve("huge.txt"), "word ".repeat(40_000));
    write(mixed.resolve("crash.txt"), "This article makes the annotator CRASH.\n");
    write(mixed.resolve("notes.docx"), "not an article");
    Files.createDirectory(mixed.resolve("old runs"));
  }

  @Test
  void mixedFolderGivesTheSameRowsForTheGoodArticlesAsTheGoodOnes() throws IOException {
    Run alone = run("--input", good.toString(), "--output", root.resolve("out-good").toString(), "--no-score",
        "--max-bytes", "100000");
    Run together = run("--input", mixed.toString(), "--output", root.resolve("out-mixed").toString(), "--no-score",
        "--max-bytes", "100000");

    assertEquals(ExitCodes.OK, alone.status(), alone.err());
    assertEquals(ExitCodes.SOME_ARTICLES_FAILED, together.status(), together.err());
    for (String table : ARTICLE_TABLES) {
      assertEquals(read(root.resolve("out-good").resolve(table)), read(root.resolve("out-mixed").resolve(table)), table);
    }
    assertEquals("\uFEFFdoc_id,file,stage,reason\r\n", read(root.resolve("out-good/failures.csv")));
    assertEquals(
        "\uFEFFdoc_id,file,stage,reason\r\n"
            + "blank,blank.txt,read,empty article: no text besides white space\r\n"
            + "crash,crash.txt,annotate,IllegalStateException: fake annotator failure\r\n"
            + "empty,empty.txt,read,empty file (0 bytes)\r\n"
            + "huge,huge.txt,read,\"file is 200000 bytes, over the limit of 100000 bytes (--max-bytes)\"\r\n"
            + "latin1,latin1.txt,read,invalid UTF-8 at byte offset 6 (byte 0xE9): save the file as UTF-8\r\n"
            + "nul,nul.txt,read,binary content: NUL byte at byte offset 3\r\n",
        read(root.resolve("out-mixed/failures.csv")));
    assertTrue(together.out().startsWith("3 of 9 articles processed in "), together.out());
    assertEquals(
        List.of(
            "ignored: notes.docx: not a .txt file",
            "ignored: old runs: a folder (subfolders are not read)",
            "Loading CoreNLP models...",
            "failed: blank.txt (read): empty article: no text besides white space",
            "failed: empty.txt (read): empty file (0 bytes)",
            "failed: huge.txt (read): file is 200000 bytes, over the limit of 100000 bytes (--max-bytes)",
            "failed: latin1.txt (read): invalid UTF-8 at byte offset 6 (byte 0xE9): save the file as UTF-8",
            "failed: nul.txt (read): binary content: NUL byte at byte offset 3",
            "failed: crash.txt (annotate): IllegalStateException: fake annotator failure"),
        together.err().lines().toList());
  }

  @Test
  void goodTablesHoldTheArticlesWithOffsetsIntoTheRawText() throws IOException {
    run("--input", good.toString(), "--output", root.resolve("out").toString(), "--no-score");
    // Every mention's offsets index the raw text, byte order mark and CR included.
    List<String> spans = new ArrayList<>();
    try (CSVParser rows = CSVParser.parse(read(root.resolve("out/entities.csv")).substring(1),
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord row : rows) {
        String raw = read(good.resolve(row.get("doc_id") + ".txt"));
        int start = Integer.parseInt(row.get("start"));
        int end = Integer.parseInt(row.get("end"));
        assertEquals(raw.substring(start, end), row.get("text"), row.toString());
        spans.add(row.get("doc_id") + "," + start + "," + end);
      }
    }
    // g2 starts with a byte order mark and has CRLF line ends: "Beijing" is at 1, "Foreign" at 29
    // (the scheme leaves the leading "The" out of an organisation's name).
    assertTrue(spans.containsAll(List.of("g2,1,14", "g2,29,45", "g3,65,77")), spans.toString());
    assertEquals("Ürümqi Daily", read(good.resolve("g3.txt")).substring(65, 77));
    assertEquals("Foreign Ministry", read(good.resolve("g2.txt")).substring(29, 45));
    // The formula-like title arrives guarded, the rest of the cell intact.
    assertEquals(
        "\uFEFFdoc_id,doc_date,doc_date_evidence,file,title,sentences,tokens\r\n"
            + "g1,2013,no date line; year inferred from: Leaders of the Shanghai Group met in 2013.,g1.txt,"
            + "Astana Summit opens today,2,12\r\n"
            + "g2,2012,no date line; year inferred from: The Foreign Ministry said so in 2012.,g2.txt,Beijing Talks end well,2,11\r\n"
            + "g3,,no publication date in the text,g3.txt,\"'=HYPERLINK(\"\"http://example.com\"\") Breaking News Today\",3,14"
            + "\r\n",
        read(root.resolve("out/documents.csv")));
  }

  @Test
  void offsetsCountCodePointsSoEmojiDoNotShiftThem() throws IOException {
    Path emoji = Files.createDirectory(root.resolve("emoji"));
    String article = "Fans cheer \uD83C\uDF89\uD83C\uDF89 Harbor City Wins\n"
        + "The \uD835\uDC00 Team \uD83D\uDE00 met Northfield Council in 2019.\n";
    write(emoji.resolve("e1.txt"), article);
    assertEquals(ExitCodes.OK, run("--input", emoji.toString(), "--output", root.resolve("out").toString(),
        "--no-score").status());
    int[] codePoints = article.codePoints().toArray();
    int rows = 0;
    for (String table : List.of("entities.csv", "dates.csv")) {
      try (CSVParser parsed = CSVParser.parse(read(root.resolve("out").resolve(table)).substring(1),
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
        for (CSVRecord row : parsed) {
          int start = Integer.parseInt(row.get("start"));
          int end = Integer.parseInt(row.get("end"));
          // Python's article[start:end]
          assertEquals(new String(codePoints, start, end - start), row.get("text"), row.toString());
          rows++;
        }
      }
    }
    assertTrue(rows >= 4, "entities and a date found: " + rows);
    assertTrue(read(root.resolve("out/entities.csv")).contains("e1,14,30,Harbor City Wins,"));
  }

  @Test
  void rerunIsIdempotentAndClearsWhatAnInterruptedRunLeft() throws IOException {
    Path out = root.resolve("out");
    assertEquals(ExitCodes.OK, run("--input", good.toString(), "--output", out.toString(), "--no-score").status());
    List<String> first = new ArrayList<>();
    for (String table : ResultWriter.TABLE_FILES) {
      first.add(read(out.resolve(table)));
    }
    write(out.resolve(".entities.csv.tmp"), "doc_id,start\r\ng1,0"); // an interrupted run's half table
    assertEquals(ExitCodes.OK, run("--input", good.toString(), "--output", out.toString(), "--no-score").status());
    List<String> second = new ArrayList<>();
    for (String table : ResultWriter.TABLE_FILES) {
      second.add(read(out.resolve(table)));
    }
    assertEquals(first, second);
    assertEquals(DEFAULT_FILES, names(out));
  }

  @Test
  void relativePathsWithSpacesAreUsedAsGivenAndTheOutputFolderIsCreated() throws IOException {
    Path input = root.resolve("my articles");
    writeGoodArticles(input);
    Path cwd = Path.of("").toAbsolutePath();
    Path output = root.resolve("out dir/run 1");
    String relativeOutput = cwd.relativize(output).toString();
    Run r = run("--input", cwd.relativize(input).toString(), "--output", relativeOutput, "--no-score");
    assertEquals(ExitCodes.OK, r.status(), r.err());
    assertEquals(DEFAULT_FILES, names(output));
    assertTrue(r.out().trim().endsWith("; tables in " + output.toAbsolutePath().normalize()), r.out());
  }

  @Test
  void rawCsvWritesExactCellsWithoutAByteOrderMark() throws IOException {
    run("--input", good.toString(), "--output", root.resolve("out").toString(), "--no-score", "--raw-csv");
    String documents = read(root.resolve("out/documents.csv"));
    assertTrue(documents.startsWith("doc_id,doc_date,"), documents);
    assertTrue(documents.contains(",g3.txt,\"=HYPERLINK(\"\"http://example.com\"\") Breaking News Today\",3,"),
        documents);
  }

  @Test
  void linkedTableInTheOutputFolderIsReplacedNotWrittenThrough() throws IOException {
    Path out = Files.createDirectory(root.resolve("out"));
    Path outside = root.resolve("precious.csv");
    write(outside, "keep me");
    Files.createSymbolicLink(out.resolve("entities.csv"), outside);
    assertEquals(ExitCodes.OK, run("--input", good.toString(), "--output", out.toString(), "--no-score").status());
    assertEquals("keep me", read(outside));
    assertFalse(Files.isSymbolicLink(out.resolve("entities.csv")));
  }

  @Test
  void allArticlesFailingStillWritesTheTablesAndExitsOne() throws IOException {
    Path bad = Files.createDirectory(root.resolve("bad"));
    write(bad.resolve("empty.txt"), "");
    Run r = run("--input", bad.toString(), "--output", root.resolve("out").toString(), "--no-score");
    assertEquals(ExitCodes.SOME_ARTICLES_FAILED, r.status());
    assertEquals("\uFEFFdoc_id,doc_date,doc_date_evidence,file,title,sentences,tokens\r\n",
        read(root.resolve("out/documents.csv")));
    assertEquals("\uFEFFdoc_id,file,stage,reason\r\nempty,empty.txt,read,empty file (0 bytes)\r\n",
        read(root.resolve("out/failures.csv")));
  }

  @Test
  void missingInputFolderIsFatalAndWritesNothing() {
    Path out = root.resolve("out");
    Run r = run("--input", root.resolve("nowhere").toString(), "--output", out.toString(), "--no-score");
    assertEquals(ExitCodes.FATAL, r.status());
    assertEquals("error: input folder not found: " + root.resolve("nowhere") + "\n", r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void emptyInputFolderIsFatalAndWritesNothing() throws IOException {
    Path empty = Files.createDirectory(root.resolve("empty"));
    write(empty.resolve("notes.md"), "# notes");
    Path out = root.resolve("out");
    Run r = run("--input", empty.toString(), "--output", out.toString(), "--no-score");
    assertEquals(ExitCodes.FATAL, r.status());
    assertEquals("ignored: notes.md: not a .txt file\nerror: no .txt articles in " + empty + "\n", r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void usageErrorsExitTwoBeforeAnythingIsRead() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    Path file = Files.writeString(root.resolve("file.csv"), "x");
    Path out = Files.createDirectory(root.resolve("out"));
    Path manifest = Files.writeString(out.resolve("documents.csv"), "doc_id,doc_date\r\n");
    String in = good.toString();
    assertUsage("error: Unknown option: '--bogus'\nTry --help for the options.\n", "--input", in, "--bogus");
    assertUsage("error: threads must be at least 1, got 0\n", "--input", in, "--threads", "0", "--no-score");
    assertUsage("error: --output must not be empty\n", "--input", in, "--output", "", "--no-score");
    assertUsage("error: the output path " + file + " exists and is not a folder\n",
        "--input", in, "--output", file.toString(), "--no-score");
    assertUsage("error: the output folder " + good + "/. is the input folder: choose another one\n",
        "--input", in, "--output", good + "/.", "--no-score");
    assertUsage("error: the output folder " + gold + " is the gold folder: its tables would be overwritten\n",
        "--input", in, "--output", gold.toString(), "--gold", gold.toString());
    assertUsage("error: gold folder not found: " + root.resolve("no-gold") + "\n",
        "--input", in, "--gold", root.resolve("no-gold").toString());
    assertUsage("error: the manifest " + manifest + " would be overwritten by the table of the same name in " + out
        + "\n", "--input", in, "--output", out.toString(), "--manifest", manifest.toString(), "--no-score");
    assertEquals("doc_id,doc_date\r\n", read(manifest));
    assertEquals(List.of("documents.csv"), names(out));
  }

  private static void assertUsage(String err, String... args) {
    Run r = run(args);
    assertEquals(ExitCodes.USAGE, r.status(), r.err());
    assertEquals(err, r.err());
    assertEquals("", r.out());
  }

  /** The files of a folder, less the lock file a run leaves (emptied) for the next one. */
  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OutputLock.FILE_NAME)).sorted().toList();
    }
  }

  @Test
  void theDefaultGoldFolderIsNotAppliedToOtherArticles() throws IOException {
    // The working folder's gold/ labels the seed articles, not g1..g3: the run is not scored.
    Run r = run("--input", good.toString(), "--output", root.resolve("unscored").toString());
    assertEquals(ExitCodes.OK, r.status(), r.err());
    assertTrue(r.err().contains("gold has gold tables for other articles than those in " + good + ": not scored"),
        r.err());
    assertFalse(Files.exists(root.resolve("unscored/scores.csv")));
  }

  @Test
  void anUnreadableArticleTheGoldLabelsFailsAloneAndTheRestIsScored() throws IOException {
    Files.write(good.resolve("nul.txt"), new byte[] {'a', 'b', 'c', 0, 'd'});
    Path gold = Files.createDirectories(root.resolve("gold-with-nul"));
    write(gold.resolve("documents.csv"), "doc_id,doc_date,doc_date_evidence\ng1,2013,2013\nnul,2014,\n");
    write(gold.resolve("dates.csv"), "doc_id,start,end,text,type,value\nnul,0,3,abc,DATE,2014\n");

    Run r = run("--input", good.toString(), "--output", root.resolve("scored").toString(), "--gold", gold.toString());

    assertEquals(ExitCodes.SOME_ARTICLES_FAILED, r.status(), r.err());
    assertTrue(r.err().contains("warning: the gold labels " + good.resolve("nul.txt") + ", which cannot be read"
        + " (binary content: NUL byte at byte offset 3): its gold rows are scored as misses"), r.err());
    assertTrue(read(root.resolve("scored/failures.csv")).contains("nul,nul.txt,read,binary content"));
    // The unreadable article's one gold date is a miss; g1's documents row is scored as usual.
    assertTrue(read(root.resolve("scored/errors.csv")).contains("nul"), read(root.resolve("scored/errors.csv")));
    assertTrue(read(root.resolve("scored/scores.csv")).contains("newsfacts,dates,strict,ALL,0,"),
        read(root.resolve("scored/scores.csv")));
  }
}
