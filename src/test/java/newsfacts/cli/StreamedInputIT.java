package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input is streamed: 2 GB of articles go through a JVM with a 256 MB heap. The articles are
 * hard links to two files (2 GB of input, 4 MB of disk), each a short text padded with blanks to
 * just under the default --max-bytes. Every article is read and decoded whole; one in ten goes
 * through every step, the others name the word that makes the fake annotator fail, as the rules
 * scanning 2 GB would take several minutes of CPU.
 */
class StreamedInputIT {
  private static final int ARTICLES = 1_026; // 2.0 GB
  private static final int BYTES = 1_950_000;

  @Test
  void twoGigabytesOfArticlesFitInA256MegabyteHeap(@TempDir Path root) throws Exception {
    Path in = Files.createDirectory(root.resolve("in"));
    Path good = padded(root.resolve("good.txt"), "Council Meets In The Valley\nThe council met in 2013.\n");
    Path failing = padded(root.resolve("failing.txt"), "Council Meets In The Valley\nThe CRASH of 2013.\n");
    for (int i = 0; i < ARTICLES; i++) {
      Files.createLink(in.resolve(String.format(Locale.ROOT, "a%04d.txt", i)), i % 10 == 0 ? good : failing);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = root.resolve("log.txt");
    Process run = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        FakeRun.class.getName(), "--input", in.toString(), "--output", root.resolve("out").toString(), "--no-score",
        "--threads", "2", "--no-progress").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(run.waitFor(60, TimeUnit.MINUTES), "finished");
    String said = Files.readString(log);
    int processed = (ARTICLES + 9) / 10;
    assertEquals(ExitCodes.SOME_ARTICLES_FAILED, run.exitValue(), said);
    assertTrue(said.contains(processed + " of " + ARTICLES + " articles processed"), said);
    assertFalse(said.contains("OutOfMemoryError"), said);
    assertEquals(processed + 1, Files.readAllLines(root.resolve("out/documents.csv")).size());
    assertEquals(ARTICLES - processed + 1, Files.readAllLines(root.resolve("out/failures.csv")).size());
  }

  private static Path padded(Path file, String text) throws IOException {
    return Files.writeString(file, text + " ".repeat(BYTES - 1 - text.length()) + "\n", StandardCharsets.UTF_8);
  }
}
