package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import newsfacts.tables.TableFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.config.Settings;
import newsfacts.model.Failure;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.ArticleProcessor;
import newsfacts.app.BatchRunner;
import newsfacts.app.Pipeline;
import newsfacts.extract.MissingLayerException;
import newsfacts.ingest.ArticleReader;
import newsfacts.ingest.Manifest;
import newsfacts.ingest.ReadResult;
import newsfacts.tables.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "newsfacts",
    mixinStandardHelpOptions = true,
    version = "newsfacts 0.1.0",
    description = {
      "Reads every .txt article (UTF-8) in the input folder and writes CSV tables:",
      "documents, entities, dates, quotes, relations, entity_index and failures;",
      "then scores them against the gold folder when it exists.",
      "Exit status: 0 ok, 1 some articles failed (see failures.csv), 2 usage error, 3 fatal error."
    })
public final class RunCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--input", paramLabel = "DIR", description = "Folder of .txt articles (default: ${DEFAULT-VALUE}).")
  Path input = Path.of("seeds");

  @Option(names = "--output", paramLabel = "DIR", description = "Folder for the tables, created if missing (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("output");

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold tables to score against (default: gold/, when it exists).")
  Path gold;

  @Option(names = "--no-score", description = "Do not score, even when gold exists.")
  boolean noScore;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "CSV with columns doc_id,doc_date giving or overriding publication dates.")
  Path manifest;

  @Option(names = "--threads", paramLabel = "N", description = "Articles processed in parallel (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Articles larger than this are skipped with a reason (default: ${DEFAULT-VALUE}).")
  long maxBytes = Settings.DEFAULT_MAX_BYTES;

  @Option(names = "--raw-csv", description = "Write cells exactly: no spreadsheet formula guard, no byte order mark.")
  boolean rawCsv;

  @Option(names = "--progress", negatable = true, description = "Show progress (default: only on a terminal).")
  Boolean progress;

  /** Builds the annotator once the settings are checked: CoreNLP, or a fake in tests. */
  private final Function<Settings, Annotator> annotators;

  RunCommand(PrintWriter out, PrintWriter err) {
    this(out, err, settings -> new CoreNlpAnnotator(settings.corenlp()));
  }

  RunCommand(PrintWriter out, PrintWriter err, Function<Settings, Annotator> annotators) {
    this.out = out;
    this.err = err;
    this.annotators = annotators;
  }

  @Override
  public Integer call() throws IOException {
    Optional<Path> goldFolder;
    Settings settings;
    try {
      goldFolder = RunPaths.gold(gold, noScore, RunPaths.DEFAULT_GOLD, err);
      RunPaths.check(input, output, goldFolder, Optional.ofNullable(manifest));
      settings =
          new Settings(
              input, output, goldFolder, Optional.ofNullable(manifest),
              threads, maxBytes, !rawCsv, progress != null ? progress : System.console() != null,
              Settings.defaultCoreNlpProperties());
    } catch (RunPaths.UsageException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return execute(settings);
  }

  private int execute(Settings settings) {
    long start = System.nanoTime();
    ReadResult read;
    Manifest dates;
    try {
      read = new ArticleReader(settings.maxBytes()).readFolder(settings.input());
      dates = settings.manifest().isPresent() ? Manifest.load(settings.manifest().get()) : Manifest.empty();
      dates.checkDocIds(read.docIds());
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    read.ignored().forEach(i -> err.println("ignored: " + i.file() + ": " + i.reason()));
    if (read.articles().isEmpty() && read.failures().isEmpty()) {
      err.println("error: no .txt articles in " + settings.input());
      return ExitCodes.FATAL;
    }
    ArticleProcessor processor;
    try {
      processor = Pipeline.build(CoreNlpLayers.provided(settings.corenlp()), () -> {
        err.printf(Locale.ROOT, "Loading CoreNLP models...%n");
        return annotators.apply(settings);
      }, dates, Optional.empty());
    } catch (MissingLayerException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<Failure> failures = new ArrayList<>(read.failures());
    BatchRunner runner = new BatchRunner(processor, settings.threads());
    try (ResultWriter writer = new ResultWriter(settings.output(), settings.neutraliseCells())) {
      failures.addAll(runner.run(read.articles(), writer::add, progressReporter(settings, start)));
      writer.commit(failures);
    } catch (IOException | UncheckedIOException e) {
      err.println("error: writing tables to " + settings.output() + ": " + e.getMessage());
      return ExitCodes.FATAL;
    }
    int total = read.articles().size() + read.failures().size();
    out.printf(
        Locale.ROOT, "%d of %d articles processed in %.1f s; tables in %s%n", total - failures.size(), total,
        (System.nanoTime() - start) / 1e9, settings.output().toAbsolutePath().normalize());
    for (Failure f : failures) {
      err.printf(Locale.ROOT, "failed: %s (%s): %s%n", f.file(), f.stage(), f.reason());
    }
    if (settings.gold().isPresent() && gold == null && !defaultGoldCovers(settings.gold().get(), read)) {
      err.println("note: " + settings.gold().get() + " has gold tables for other articles than those in "
          + settings.input() + ": not scored (give --gold to score against a folder)");
    } else if (settings.gold().isPresent()) {
      int scored = score(settings, read);
      if (scored != ExitCodes.OK) {
        return scored;
      }
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_ARTICLES_FAILED;
  }

  /** The default gold folder is used only for the articles it was made for (the seeds). */
  private boolean defaultGoldCovers(Path goldFolder, ReadResult read) {
    try {
      java.util.Set<String> inputIds = new java.util.HashSet<>();
      read.articles().forEach(a -> inputIds.add(a.id()));
      return inputIds.containsAll(Scoring.documentsIn(goldFolder));
    } catch (TableFormatException e) {
      return true; // let scoring report the broken gold table with its file, line and column
    }
  }

  /** Scores output/ (and a cached stock-CoreNLP baseline, when present) against the gold folder. */
  private int score(Settings settings, ReadResult read) {
    Map<String, String> texts = new TreeMap<>();
    read.articles().forEach(a -> texts.put(a.id(), a.text()));
    Map<String, Path> systems = new LinkedHashMap<>();
    systems.put("newsfacts", settings.output());
    Path baseline = settings.output().resolve("baseline");
    if (Files.isDirectory(baseline)) {
      systems.put("corenlp-stock", baseline);
    }
    try {
      Map<String, Scorer.Report> reports =
          new Scoring(texts).run(settings.gold().get(), systems, settings.output(), settings.neutraliseCells());
      Scoring.printSummary(reports, out);
      out.println("Scores in " + settings.output().resolve("scores.csv") + "; errors in errors.csv");
      return ExitCodes.OK;
    } catch (TableFormatException | IOException e) {
      err.println("error: scoring against " + settings.gold().get() + ": " + e.getMessage());
      return ExitCodes.FATAL;
    }
  }

  private BatchRunner.Progress progressReporter(Settings settings, long start) {
    if (!settings.progress()) {
      return (n, total, id) -> {};
    }
    return (n, total, id) -> {
      err.printf(Locale.ROOT, "\rarticle %d of %d  %.1f s  %-40s", n, total, (System.nanoTime() - start) / 1e9, id);
      if (n == total) {
        err.println();
      }
      err.flush();
    };
  }
}
