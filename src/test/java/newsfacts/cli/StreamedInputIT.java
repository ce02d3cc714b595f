package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input is streamed: 2 GB of articles go through a JVM with a 256 MB heap. The articles are
 * hard links to one file (2 GB of input, 2 MB of disk): a short text padded with blanks to just
 * under the default --max-bytes. The rules scan every character, so this takes minutes of CPU:
 * an integration test, not a unit test.
 */
class StreamedInputIT {
  private static final int ARTICLES = 1_026; // 2.0 GB
  private static final int BYTES = 1_950_000;

  @Test
  void twoGigabytesOfArticlesFitInA256MegabyteHeap(@TempDir Path root) throws Exception {
    Path in = Files.createDirectory(root.resolve("in"));
    String text = "Council Meets In The Valley\nThe council met in 2013 to talk about the river.\n";
    StringBuilder padded = new StringBuilder(text);
    padded.append(" ".repeat(BYTES - 1 - text.length()));
    Path first = Files.writeString(in.resolve("a0000.txt"), padded.append('\n'), StandardCharsets.UTF_8);
    for (int i = 1; i < ARTICLES; i++) {
      Files.createLink(in.resolve(String.format(Locale.ROOT, "a%04d.txt", i)), first);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = root.resolve("log.txt");
    Process run = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        FakeRun.class.getName(), "--input", in.toString(), "--output", root.resolve("out").toString(), "--no-score",
        "--threads", "2", "--no-progress").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(run.waitFor(60, TimeUnit.MINUTES), "finished");
    String said = Files.readString(log);
    assertEquals(ExitCodes.OK, run.exitValue(), said);
    assertTrue(said.contains(ARTICLES + " of " + ARTICLES + " articles processed"), said);
    List<String> documents = Files.readAllLines(root.resolve("out/documents.csv"));
    assertEquals(ARTICLES + 1, documents.size());
  }
}
