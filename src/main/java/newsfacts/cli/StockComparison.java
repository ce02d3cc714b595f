package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The seed run as a user runs it (load, extract, score, write: the main command) timed beside
 * stock CoreNLP with the annotators our tables need (the baseline command: tokenize, ssplit, pos,
 * lemma, ner, depparse, coref, quote, kbp), one after the other in this JVM, with the scores of
 * our run printed beside the times. Stock CoreNLP runs second, so it gets the warmer JVM.
 */
final class StockComparison {
  private StockComparison() {}

  static int run(Path input, Path gold, PrintWriter out, PrintWriter err) throws IOException {
    Path scratch = Files.createTempDirectory("newsfacts-versus-stock");
    try {
      StringWriter ours = new StringWriter();
      long start = System.nanoTime();
      int status = Main.run(new String[] {"--input", input.toString(), "--output", scratch.resolve("ours").toString(),
          "--gold", gold.toString(), "--no-progress"}, new PrintWriter(ours, true), err);
      double oursSeconds = (System.nanoTime() - start) / 1e9;
      if (status != ExitCodes.OK) {
        return status;
      }
      System.gc();
      start = System.nanoTime();
      status = Main.run(new String[] {"baseline", "--input", input.toString(), "--output",
          scratch.resolve("stock").toString()}, new PrintWriter(new StringWriter(), true), err);
      double stockSeconds = (System.nanoTime() - start) / 1e9;
      if (status != ExitCodes.OK) {
        return status;
      }
      out.printf(Locale.ROOT, "seed run (load, extract, score, write): %.1f s wall%n", oursSeconds);
      out.printf(Locale.ROOT, "stock CoreNLP with the annotators the tables need: %.1f s wall%n", stockSeconds);
      out.printf(Locale.ROOT, "ratio: %.2f (target at most 0.20)%n", oursSeconds / stockSeconds);
      out.print(ours);
      return ExitCodes.OK;
    } finally {
      newsfacts.bench.BenchReport.deleteQuietly(scratch);
    }
  }
}
