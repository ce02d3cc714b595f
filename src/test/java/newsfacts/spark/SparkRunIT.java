package newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsfacts.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] over the seeds writes the tables (and scores) of a single-machine run,
 * row for row: output/, which CommittedOutputIT holds equal to a fresh single-machine run.
 */
class SparkRunIT {

  @Test
  void sparkTablesEqualTheSingleMachineTables(@TempDir Path out) throws IOException {
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
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int status = SparkMain.run(new String[] {"--input", Path.of("seeds").toAbsolutePath().toString(),
        "--output", out.toString(), "--gold", "gold", "--master", "local[2]"},
        new PrintWriter(stdout, true), new PrintWriter(stderr, true));
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
}
