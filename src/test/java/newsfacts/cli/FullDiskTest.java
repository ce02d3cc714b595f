package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsfacts.tables.OutputLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while the new tables are staged: the run exits 3 with a message naming the
 * file and the reason, the previous tables are untouched and nothing of the run is left behind.
 * Two ways to fill it: a small tmpfs (needs root and mount; skipped elsewhere), and a file size
 * limit ({@code ulimit -f}, any user on Linux, in a JVM of its own), where writes fail with
 * "File too large" at the same place.
 */
class FullDiskTest {
  @TempDir Path root;
  Path input;

  @BeforeEach
  void articles() throws IOException {
    input = Files.createDirectory(root.resolve("in"));
    String text = "Invented Title Of A Long Article\n" + "Alpha Board met Gamma Works in 2013 and Delta Group.\n".repeat(200);
    for (int i = 0; i < 20; i++) {
      Files.writeString(input.resolve(String.format(Locale.ROOT, "a%d.txt", i)), text, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFullTmpfsFailsTheRunWithThePreviousTablesUntouched() throws Exception {
    Path disk = Files.createDirectory(root.resolve("disk"));
    assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()) == 0,
        "mounting a tmpfs needs root");
    try {
      Path out = Files.createDirectory(disk.resolve("out"));
      Map<String, String> previous = previousTables(out);
      RunCommandTest.Run r = RunCommandTest.run("--input", input.toString(), "--output", out.toString(), "--no-score",
          "--threads", "1", "--no-progress");
      assertEquals(ExitCodes.FATAL, r.status(), r.err());
      assertTrue(r.err().matches("Loading CoreNLP models...\nerror: writing tables to " + out + ": (writing )?" + out
          + "/\\.newsfacts-next/[^ ]+: No space left on device\n"), r.err());
      assertEquals(previous, contents(out), "the previous tables, untouched, and nothing else");
    } finally {
      command("umount", "-l", disk.toString());
    }
  }

  @Test
  void aFileSizeLimitFailsTheRunWithThePreviousTablesUntouched() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Path out = Files.createDirectory(root.resolve("out"));
    Map<String, String> previous = previousTables(out);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = root.resolve("log.txt");
    // ulimit -f counts blocks of 1,024 bytes: each table may grow to 200 KB.
    Process run = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 200 && exec \"$0\" \"$@\"", java, "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), FakeRun.class.getName(),
        "--input", input.toString(), "--output", out.toString(), "--no-score", "--threads", "1", "--no-progress")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(run.waitFor(120, TimeUnit.SECONDS));
    String err = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(ExitCodes.FATAL, run.exitValue(), err);
    assertTrue(err.matches("Loading CoreNLP models...\nerror: writing tables to " + out + ": (writing )?" + out
        + "/\\.newsfacts-next/[^ ]+: File too large\n"), err);
    assertEquals(previous, contents(out), "the previous tables, untouched, and nothing else");
  }

  private static Map<String, String> previousTables(Path out) throws IOException {
    for (String table : RunCommand.TABLE_SET) {
      Files.writeString(out.resolve(table), "previous " + table + "\n");
    }
    Files.writeString(out.resolve(OutputLock.FILE_NAME), "");
    return contents(out);
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(folder)) {
      for (Path f : all.toList()) {
        files.put(f.getFileName().toString(), Files.isDirectory(f) ? "(folder)" : Files.readString(f));
      }
    }
    return files;
  }

  private static int command(String... args) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
