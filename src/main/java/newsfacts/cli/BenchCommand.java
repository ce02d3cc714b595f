package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import newsfacts.extract.MissingLayerException;
import newsfacts.bench.BenchReport;
import newsfacts.bench.Benchmark;
import newsfacts.bench.Configurations;
import newsfacts.config.Settings;
import newsfacts.model.Article;
import newsfacts.ingest.ArticleReader;
import newsfacts.tables.OutputLock;
import newsfacts.tables.TableFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks one pipeline configuration: model loading, time per stage, tokens per second,",
      "peak heap and resident memory, and the F1 of each layer on the gold set (when the corpus",
      "is the seeds). Appends a row to the CSV. Run one configuration per JVM, by hand."
    })
public final class BenchCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--config", paramLabel = "NAME", description = "Configuration (default: ${DEFAULT-VALUE}).")
  String config = "default";

  @Option(names = "--input", paramLabel = "DIR", description = "Articles (default: ${DEFAULT-VALUE}).")
  Path input = Path.of("seeds");

  @Option(names = "--documents", paramLabel = "N",
      description = "Repeat the articles to a corpus of N (default: as many as there are; then scored against --gold).")
  int documents;

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold for the F1 columns (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("gold");

  @Option(names = "--threads", paramLabel = "N", description = "Articles in parallel (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--versus-stock",
      description = "Time the whole seed run (./run.sh) beside stock CoreNLP's baseline run; needs JAVA_OPTS=-Xmx10g.")
  boolean versusStock;

  @Option(names = "--csv", paramLabel = "FILE", description = "Results are appended here (default: ${DEFAULT-VALUE}).")
  Path csv = Path.of("output", "bench", "benchmark.csv");

  BenchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (versusStock) {
      try {
        return StockComparison.run(input, gold, out, err);
      } catch (IOException e) {
        err.println("error: " + e.getMessage());
        return ExitCodes.FATAL;
      }
    }
    if (!Configurations.VARIANTS.containsKey(config)) {
      err.println("error: unknown configuration '" + config + "'; known: " + Configurations.VARIANTS.keySet());
      return ExitCodes.USAGE;
    }
    try {
      List<Article> articles = new ArticleReader(Settings.DEFAULT_MAX_BYTES).readFolder(input).articles();
      boolean scored = documents == 0 && Files.isDirectory(gold)
          && articles.stream().map(Article::id).toList().containsAll(newsfacts.eval.report.Scoring.documentsIn(gold));
      List<Article> corpus = documents == 0 ? articles : Benchmark.repeat(articles, documents);
      Map<String, String> texts = new TreeMap<>();
      articles.forEach(a -> texts.put(a.id(), a.text()));
      // The CSV's folder is locked and the CSV replaced whole, like a run's tables; the tables of
      // the benchmark run are written in the staging folder and deleted with it.
      Path csvFile = csv.toAbsolutePath().normalize();
      String name = csvFile.getFileName().toString();
      Benchmark.Result result = LockedOutput.write(csvFile.getParent(), List.of(name),
          staging -> measure(staging, csvFile, corpus, scored ? Optional.of(gold) : Optional.empty(), texts));
      BenchReport.print(result, out);
      out.println("Appended to " + csvFile);
      return ExitCodes.OK;
    } catch (MissingLayerException e) {
      err.println("error: configuration '" + config + "': " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (OutputLock.HeldException | TableFormatException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    } catch (Exception e) {
      err.println("error: " + IoMessages.describe(e));
      return ExitCodes.FATAL;
    }
  }

  /** Runs the benchmark with its tables in the staging folder, and stages the CSV with the new row appended. */
  private Benchmark.Result measure(Path staging, Path csvFile, List<Article> corpus, Optional<Path> scoredAgainst,
      Map<String, String> texts) throws Exception {
    Path scratch = Files.createDirectory(staging.resolve("scratch"));
    Benchmark.Result result = new Benchmark().run(config, corpus, threads, scoredAgainst, texts, scratch);
    Path staged = staging.resolve(csvFile.getFileName().toString());
    if (Files.exists(csvFile)) {
      Files.copy(csvFile, staged);
    }
    BenchReport.append(staged, result);
    return result;
  }
}
