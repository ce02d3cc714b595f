package newsfacts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Prints a benchmark result and appends it to a CSV (a new header line when the columns change). */
public final class BenchReport {
  private BenchReport() {}

  public static void print(Benchmark.Result result, PrintWriter out) {
    result.figures().forEach((k, v) -> out.printf("%-28s %s%n", k, v));
  }

  public static void append(Path csv, Benchmark.Result result) throws IOException {
    Path parent = csv.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    String header = String.join(",", result.figures().keySet());
    StringBuilder text = new StringBuilder();
    String existing = Files.exists(csv) ? Files.readString(csv) : "";
    if (!existing.contains(header + "\r\n")) {
      text.append(header).append("\r\n");
    }
    text.append(String.join(",", result.figures().values())).append("\r\n");
    Files.writeString(csv, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  public static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a scratch folder left in the temp directory is harmless
    }
  }
}
