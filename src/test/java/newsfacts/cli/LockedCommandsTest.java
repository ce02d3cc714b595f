package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsfacts.tables.OutputLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline} and {@code bench} write under the lock of their folder, like the main run:
 * into a folder another run holds, they exit 3 at once (before any model loads), naming the
 * holder, and the folder is left as it was.
 */
class LockedCommandsTest {
  @TempDir Path root;
  Path input;
  Path out;

  @BeforeEach
  void folders() throws IOException {
    input = Files.createDirectory(root.resolve("in"));
    Files.writeString(input.resolve("a1.txt"), "An Invented Title\n\nThe council met on Monday.\n");
    out = Files.createDirectory(root.resolve("out"));
  }

  @Test
  void baselineIntoAFolderInUseExitsThreeAtOnce() throws IOException {
    Files.writeString(out.resolve("documents.csv"), "previous baseline");
    assertRefusedWhileLocked("baseline", "--input", input.toString(), "--output", out.toString());
  }

  @Test
  void benchIntoAFolderInUseExitsThreeAtOnce() throws IOException {
    Files.writeString(out.resolve("benchmark.csv"), "previous rows\r\n");
    assertRefusedWhileLocked("bench", "--input", input.toString(), "--gold", root.resolve("no gold").toString(),
        "--csv", out.resolve("benchmark.csv").toString());
  }

  private void assertRefusedWhileLocked(String... args) throws IOException {
    StringWriter err = new StringWriter();
    int status;
    List<String> before;
    try (OutputLock held = OutputLock.acquire(out)) {
      before = listing();
      PrintWriter e = new PrintWriter(err, true);
      status = Main.run(args, new PrintWriter(new StringWriter(), true), e);
    }
    assertEquals(ExitCodes.FATAL, status, err.toString());
    assertTrue(err.toString().startsWith("error: the output folder " + out + " is in use by another run (process "
        + ProcessHandle.current().pid() + ", started "), err.toString());
    assertEquals(before.stream().filter(f -> !f.startsWith(OutputLock.FILE_NAME)).toList(),
        listing().stream().filter(f -> !f.startsWith(OutputLock.FILE_NAME)).toList(), "the folder as it was");
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName() + ": " + read(f)).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
