package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsfacts.annotate.corenlp.StockCoreNlp;
import newsfacts.config.Settings;
import newsfacts.ingest.ArticleReader;
import newsfacts.ingest.ReadResult;
import newsfacts.model.Article;
import newsfacts.model.Failure;
import newsfacts.tables.OutputLock;
import newsfacts.tables.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Runs stock CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote,kbp; defaults,",
      "no document date) and writes its tables, which the main run then scores as",
      "system corenlp-stock. Needs about 10 GiB of heap and a minute or two for the seeds."
    })
public final class BaselineCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--input", paramLabel = "DIR", description = "Folder of .txt articles (default: ${DEFAULT-VALUE}).")
  Path input = Path.of("seeds");

  @Option(names = "--output", paramLabel = "DIR", description = "Where the baseline tables go (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("output", "baseline");

  BaselineCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    try {
      ReadResult read = new ArticleReader(Settings.DEFAULT_MAX_BYTES).readFolder(input);
      // Locked and staged like the main run: the folder holds the whole previous set or the whole new one.
      List<Failure> failures = LockedOutput.write(output, ResultWriter.TABLE_FILES, staging -> annotate(read, staging));
      out.printf(Locale.ROOT, "Stock CoreNLP tables for %d articles in %s (%.1f s)%n", read.articles().size(),
          output.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1e9);
      return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_ARTICLES_FAILED;
    } catch (OutputLock.HeldException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    } catch (Exception e) {
      err.println("error: " + IoMessages.describe(e));
      return ExitCodes.FATAL;
    }
  }

  private static List<Failure> annotate(ReadResult read, Path staging) throws IOException {
    StockCoreNlp stock = new StockCoreNlp();
    List<Failure> failures = new ArrayList<>(read.failures());
    try (ResultWriter writer = new ResultWriter(staging, true)) {
      for (Article article : read.articles()) {
        try {
          writer.add(stock.annotate(article));
        } catch (RuntimeException e) {
          failures.add(new Failure(article.id(), article.file().toString(), "baseline", e.toString()));
        }
      }
      writer.commit(failures);
    }
    return failures;
  }
}
