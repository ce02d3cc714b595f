package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsfacts.tables.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run.sh} as a user in a container or cron job calls it: {@code LANG=C}, relative paths
 * from another folder (with a space), two articles whose names differ only in a non-ASCII letter
 * (under the C locale both would decode to the same U+FFFD name). The run, with CoreNLP, keeps
 * both articles, and writes nothing outside --output: the temporary folder it is given stays
 * empty (CoreNLP's rewritten gazetteer goes to the staging folder) and the output folder holds
 * only the tables and the lock file.
 */
class RunShellIT {
  @Test
  void underTheCLocaleNonAsciiNamesStayDistinctAndNothingIsWrittenOutsideTheOutput(@TempDir Path root)
      throws Exception {
    Path project = Path.of(System.getProperty("user.dir"));
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Path input = Files.createDirectory(root.resolve("my articles"));
    Path temporary = Files.createDirectory(root.resolve("tmp"));
    Path logs = Files.createDirectory(root.resolve("logs"));
    // Names written as bytes by bash, whatever the locale of this JVM: "café.txt" and "cafè.txt".
    assertEquals(0, new ProcessBuilder("/bin/bash", "-c",
        "printf 'Harbour Notes\\n\\nThe council opened the bridge on Monday.\\n' > $'caf\\xc3\\xa9.txt' && "
            + "printf 'River Notes\\n\\nThe school closed on Tuesday.\\n' > $'caf\\xc3\\xa8.txt'")
        .directory(input.toFile()).start().waitFor());
    ProcessBuilder run = new ProcessBuilder("/bin/bash", project.resolve("run.sh").toString(), "--input", "my articles",
        "--output", "out", "--no-score", "--threads", "1", "--no-progress")
        .directory(root.toFile())
        .redirectOutput(logs.resolve("out.txt").toFile()).redirectError(logs.resolve("err.txt").toFile());
    Map<String, String> env = run.environment();
    env.remove("LC_ALL");
    env.remove("LC_CTYPE");
    env.put("LANG", "C");
    env.put("TMPDIR", temporary.toString());
    env.put("JAVA_OPTS", "-Xmx3g -XX:+UseParallelGC -Djava.io.tmpdir=" + temporary);
    Process process = run.start();
    assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the run finished");
    String out = Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OK, process.exitValue(), err);
    assertFalse(err.contains("Building"), "run.sh used the jar built by Maven: " + err);
    assertTrue(out.startsWith("2 of 2 articles processed"), out);
    String documents = Files.readString(root.resolve("out").resolve("documents.csv"), StandardCharsets.UTF_8);
    assertTrue(documents.contains("\ncaf\u00e9,") && documents.contains("\ncaf\u00e8,"), documents);
    assertEquals(List.of(), names(temporary), "nothing in the temporary folder");
    List<String> expected =
        Stream.concat(RunCommandTest.DEFAULT_FILES.stream(), Stream.of(OutputLock.FILE_NAME)).sorted().toList();
    assertEquals(expected, names(root.resolve("out")), "only the tables (CSV, XLSX, report) and the lock file");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
