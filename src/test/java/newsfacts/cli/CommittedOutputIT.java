package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed output/ is what a fresh run over seeds/ and gold/ writes, byte for byte. This
 * catches stale tables and any non-determinism (the committed tables come from another run).
 */
class CommittedOutputIT {

  @Test
  void committedTablesEqualAFreshRun(@TempDir Path fresh) throws IOException {
    Path baseline = Path.of("output", "baseline");
    if (Files.isDirectory(baseline)) {
      // The cached stock-CoreNLP tables are scored beside ours; the fresh run needs them too.
      Files.createDirectories(fresh.resolve("baseline"));
      try (Stream<Path> files = Files.list(baseline)) {
        for (Path f : files.toList()) {
          Files.copy(f, fresh.resolve("baseline").resolve(f.getFileName()));
        }
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(
        new String[] {"--input", "seeds", "--output", fresh.toString(), "--gold", "gold", "--no-progress"},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(ExitCodes.OK, status, err.toString());
    List<Path> committed;
    try (Stream<Path> files = Files.list(Path.of("output"))) {
      committed = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    try (Stream<Path> files = Files.list(fresh)) {
      assertEquals(committed.size(), files.filter(p -> p.toString().endsWith(".csv")).count(), "number of tables");
    }
    for (Path table : committed) {
      String expected = Files.readString(table);
      String actual = Files.readString(fresh.resolve(table.getFileName()));
      assertEquals(expected, actual, table + " differs from a fresh run: run ./run.sh and commit output/");
    }
    assertSameFiles(Path.of("output", "report"), fresh.resolve("report"));
    assertEquals(-1, Files.mismatch(Path.of("output", "tables.xlsx"), fresh.resolve("tables.xlsx")),
        "tables.xlsx differs from a fresh run (byte for byte): run ./run.sh and commit output/");
  }

  /** The HTML report too (pages, index, style sheet, script), file for file. */
  private static void assertSameFiles(Path committed, Path actual) throws IOException {
    List<Path> expected;
    try (Stream<Path> files = Files.walk(committed)) {
      expected = files.filter(Files::isRegularFile).map(committed::relativize).sorted().toList();
    }
    try (Stream<Path> files = Files.walk(actual)) {
      assertEquals(expected, files.filter(Files::isRegularFile).map(actual::relativize).sorted().toList(),
          "files of " + committed);
    }
    for (Path file : expected) {
      assertEquals(Files.readString(committed.resolve(file)), Files.readString(actual.resolve(file)),
          committed.resolve(file) + " differs from a fresh run: run ./run.sh and commit output/");
    }
  }
}
