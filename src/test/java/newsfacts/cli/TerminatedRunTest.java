package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import newsfacts.tables.StagedTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM during a run removes its temporary tables and leaves the previous ones whole. */
class TerminatedRunTest {
  @Test
  void sigtermRemovesTheStagedTablesAndKeepsThePreviousSet(@TempDir Path root) throws Exception {
    Path out = root.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("documents.csv"), "previous run");
    Path in = Files.createDirectory(root.resolve("in"));
    Path first = Files.writeString(in.resolve("a000.txt"), "Slow Article Title Here\n" + " ".repeat(1_900_000) + "x\n");
    for (int i = 1; i < 200; i++) {
      Files.createLink(in.resolve(String.format(Locale.ROOT, "a%03d.txt", i)), first);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        FakeRun.class.getName(), "--input", in.toString(), "--output", out.toString(), "--no-score", "--threads", "1",
        "--no-progress").redirectErrorStream(true).redirectOutput(root.resolve("log.txt").toFile()).start();
    Path staging = out.resolve(StagedTables.STAGING);
    for (int i = 0; i < 600 && !Files.exists(staging.resolve(".documents.csv.tmp")); i++) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(staging), "the run started writing");
    run.destroy(); // SIGTERM
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));
    assertFalse(Files.exists(staging), "staged tables removed");
    assertEquals("previous run", Files.readString(out.resolve("documents.csv")));
  }
}
