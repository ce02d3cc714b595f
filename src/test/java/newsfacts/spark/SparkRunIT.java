package newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsfacts.cli.ExitCodes;
import newsfacts.tables.ArticleRows;
import newsfacts.tables.SpreadsheetSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] over the seeds writes the tables (and scores) of a single-machine run,
 * row for row: output/, which CommittedOutputIT holds equal to a fresh single-machine run.
 */
class SparkRunIT {

  @Test
  void sparkTablesEqualTheSingleMachineTables(@TempDir Path out) throws IOException {
    copyBaseline(out);
    StringWriter stderr = new StringWriter();
    int status = run(out, stderr);
    assertEquals(ExitCodes.OK, status, stderr.toString());
    List<Path> committed;
    try (Stream<Path> files = Files.list(Path.of("output"))) {
      committed = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(committed.size(), files.filter(p -> p.toString().endsWith(".csv")).count(), "number of tables");
    }
    for (Path table : committed) {
      assertEquals(Files.readAllLines(table), Files.readAllLines(out.resolve(table.getFileName())),
          table.getFileName() + ": the Spark run differs from the single-machine run");
    }
  }

  @Test
  void csvPartsHoldTheRowsOfTheMergedTablesInOrder(@TempDir Path out) throws IOException {
    copyBaseline(out);
    StringWriter stderr = new StringWriter();
    int status = run(out, stderr, "--layout", "csv-parts", "--partitions", "3");
    assertEquals(ExitCodes.OK, status, stderr.toString());
    for (String table : ArticleRows.ARTICLE_TABLES) {
      Path folder = out.resolve("parts").resolve(PartitionedTables.tableName(table));
      List<Path> parts;
      try (Stream<Path> files = Files.list(folder)) {
        parts = files.sorted().toList();
      }
      assertEquals(List.of("part-00000.csv", "part-00001.csv", "part-00002.csv"),
          parts.stream().map(p -> p.getFileName().toString()).toList(), table);
      List<List<String>> rows = new ArrayList<>();
      for (Path part : parts) {
        List<List<String>> partRows = records(part);
        assertEquals(ArticleRows.header(table), partRows.get(0), part + ": header");
        rows.addAll(partRows.subList(1, partRows.size()));
      }
      List<List<String>> merged = records(Path.of("output", table));
      assertEquals(merged.subList(1, merged.size()), rows, table + ": the parts differ from the merged table");
    }
    for (String table : List.of("failures.csv", "scores.csv", "errors.csv")) {
      assertEquals(Files.readAllLines(Path.of("output", table)), Files.readAllLines(out.resolve(table)), table);
    }
    assertFalse(Files.exists(out.resolve("entities.csv")), "no merged table beside the parts");
  }

  @Test
  void parquetHoldsTheRowsOfTheMergedTablesWithTypes(@TempDir Path out) throws IOException {
    StringWriter stderr = new StringWriter();
    int status = run(out, stderr, "--layout", "parquet", "--partitions", "2", "--raw-csv");
    assertEquals(ExitCodes.OK, status, stderr.toString());
    try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
      for (String table : ArticleRows.ARTICLE_TABLES) {
        Path folder = out.resolve("parquet").resolve(PartitionedTables.tableName(table));
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
          parts = files.sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path part : parts) {
          // One file at a time, in part order: Spark reads a folder's files largest first.
          Dataset<Row> partRows = spark.read().parquet(part.toString());
          assertEquals(ArticleRows.header(table), List.of(partRows.columns()), part.toString());
          rows.addAll(partRows.collectAsList());
        }
        assertEquals(List.of("part-00000.parquet", "part-00001.parquet"),
            parts.stream().map(p -> p.getFileName().toString()).toList(), table);
        List<List<String>> read = new ArrayList<>();
        for (Row row : rows) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < row.size(); i++) {
            Object cell = row.get(i);
            cells.add(cell instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : cell.toString());
          }
          read.add(cells);
        }
        List<List<String>> merged = records(Path.of("output", table));
        List<List<String>> expected = merged.subList(1, merged.size()).stream()
            .map(r -> r.stream().map(SpreadsheetSafety::restore).toList()).toList();
        assertEquals(expected, read, table + ": Parquet differs from the merged table");
      }
    }
  }

  @Test
  void anUnreadableArticleTheGoldLabelsFailsAloneAndTheRestIsScored(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "Harbour fees rise\nAna Ruiz said on Monday that the fees would rise.\n");
    Files.write(input.resolve("bad.txt"), new byte[] {'a', 'b', 0, 'c'});
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("documents.csv"), "doc_id,doc_date,doc_date_evidence\na,,\nbad,,\n");
    StringWriter stderr = new StringWriter();
    int status = SparkMain.run(new String[] {"--input", input.toString(), "--output", dir.resolve("out").toString(),
        "--gold", gold.toString(), "--master", "local[2]"}, new PrintWriter(new StringWriter(), true),
        new PrintWriter(stderr, true));
    assertEquals(ExitCodes.SOME_ARTICLES_FAILED, status, stderr.toString());
    assertTrue(stderr.toString().contains("which cannot be read (binary content: NUL byte at byte offset 2)"),
        stderr.toString());
    assertTrue(Files.exists(dir.resolve("out/scores.csv")), "scored");
  }

  private static int run(Path out, StringWriter stderr, String... more) {
    List<String> args = new ArrayList<>(List.of("--input", Path.of("seeds").toAbsolutePath().toString(),
        "--output", out.toString(), "--gold", "gold", "--master", "local[2]"));
    args.addAll(List.of(more));
    return SparkMain.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(stderr, true));
  }

  private static List<List<String>> records(Path table) throws IOException {
    String text = Files.readString(table);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  private static void copyBaseline(Path out) throws IOException {
    Path baseline = Path.of("output", "baseline");
    if (Files.isDirectory(baseline)) {
      // The cached stock-CoreNLP tables are scored beside ours, as in the committed run.
      Files.createDirectories(out.resolve("baseline"));
      try (Stream<Path> files = Files.list(baseline)) {
        for (Path f : files.toList()) {
          Files.copy(f, out.resolve("baseline").resolve(f.getFileName()));
        }
      }
    }
  }
}
