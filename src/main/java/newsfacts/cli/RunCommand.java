package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.config.Settings;
import newsfacts.eval.report.Scoring;
import newsfacts.formats.Format;
import newsfacts.report.ReportSink;
import newsfacts.tables.OutputLock;
import newsfacts.tables.StagedTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "newsfacts",
    mixinStandardHelpOptions = true,
    version = "newsfacts 0.1.0",
    description = {
      "Reads every .txt article (UTF-8) in the input folder and writes its tables:",
      "documents, entities, dates, quotes, relations, entity_index and failures",
      "(as CSV and XLSX; --formats adds JSON Lines, brat standoff and CoNLL);",
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

  @Option(names = "--formats", paramLabel = "LIST", split = ",", converter = FormatConverter.class,
      description = "What to write, comma-separated: csv, xlsx (tables.xlsx), jsonl (articles.jsonl), brat (brat/), "
          + "conll (entities.conll) (default: csv,xlsx). Scoring reads the CSVs: without csv the run does not score.")
  List<Format> formats = DEFAULT_FORMATS;

  /** What a run writes without --formats. */
  public static final List<Format> DEFAULT_FORMATS = List.of(Format.CSV, Format.XLSX);

  @Option(names = "--coref",
      description = "Add CoreNLP's statistical coreference: pronoun and nominal speakers take their chain's name (slower).")
  boolean coref;

  @Option(names = "--annotation-cache", paramLabel = "DIR",
      description = "Keep CoreNLP's annotations of each article in DIR and reuse them on later runs"
          + " (keyed by text, publication date, CoreNLP settings and version): re-running changed rules is fast.")
  Path annotationCache;

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
      settings = coref ? settings.withCoreference() : settings;
    } catch (RunPaths.UsageException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return execute(settings);
  }

  private int execute(Settings settings) {
    long start = System.nanoTime();
    RunSetup.Plan plan;
    try {
      plan = RunSetup.check(settings, gold != null, err);
    } catch (RunSetup.SetupException e) {
      err.println("error: " + e.getMessage());
      return e.status;
    }
    try {
      Files.createDirectories(settings.output());
    } catch (IOException e) {
      err.println("error: cannot create the output folder " + settings.output() + ": " + IoMessages.describe(e));
      return ExitCodes.FATAL;
    }
    try (OutputLock lock = OutputLock.acquire(settings.output());
        StagedTables set = StagedTables.begin(settings.output(), TABLE_SET)) {
      Thread cleanup = new Thread(() -> LockedOutput.closeQuietly(set), "remove-staged-tables");
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        return new BatchJob(settings, plan, formats, annotators, annotationCache, set, out, err).run(start);
      } finally {
        LockedOutput.removeHook(cleanup);
      }
    } catch (OutputLock.HeldException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    } catch (IOException | UncheckedIOException e) {
      err.println("error: writing tables to " + settings.output() + ": " + IoMessages.describe(e));
      return ExitCodes.FATAL;
    }
  }

  /** Every table a run replaces: a run that does not score removes the score tables of an earlier one. */
  public static final List<String> TABLE_SET = Stream.of(
          Arrays.stream(Format.values()).flatMap(f -> f.files().stream()), Scoring.TABLE_FILES.stream(),
          Stream.of(ReportSink.FOLDER))
      .flatMap(s -> s).toList();

  /** Parses one --formats value. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
