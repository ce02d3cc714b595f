package newsfacts.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.Pipeline;
import newsfacts.cli.ExitCodes;
import newsfacts.cli.RunCommand;
import newsfacts.config.Settings;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import newsfacts.report.ReportIndex;
import newsfacts.extract.MissingLayerException;
import newsfacts.formats.Format;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.tables.ArticleSink;
import newsfacts.tables.OutputLock;
import newsfacts.tables.StagedTables;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline as an Apache Spark job: the tables of a single-machine run,",
      "one CSV per table, written by the driver into --output (a local folder),",
      "and scores when --gold is given.",
      "Exit status: 0 ok, 1 some articles failed (see failures.csv), 2 usage error,",
      "3 fatal error."
    })
public final class SparkCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Folder or glob of .txt articles on any Hadoop file system (file:, hdfs:, s3a:, ...).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Local folder for the tables.")
  Path output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold tables to score against (local folder).")
  Path gold;

  @Option(names = "--manifest", paramLabel = "FILE", description = "CSV doc_id,doc_date, shipped to the executors.")
  Path manifest;

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions (default: four per core).")
  int partitions;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Articles larger than this fail (default: ${DEFAULT-VALUE}).")
  long maxBytes = Settings.DEFAULT_MAX_BYTES;

  @Option(names = "--layout", paramLabel = "LAYOUT", converter = Layout.Converter.class,
      description = "merged (default): one CSV per table, merged by the driver; csv-parts or parquet: a folder"
          + " per table (parts/, parquet/) with one file per partition, written by the executors"
          + " (--output must then be a folder every executor sees); no entity index or HTML report.")
  Layout layout = Layout.MERGED;

  @Option(names = "--raw-csv", description = "Write cells exactly: no spreadsheet formula guard, no byte order mark.")
  boolean rawCsv;

  /** A single-machine run's set, and the folders of the partitioned layouts: a Spark run replaces them all. */
  static final List<String> TABLE_SET = java.util.stream.Stream.concat(RunCommand.TABLE_SET.stream(),
      java.util.Arrays.stream(Layout.values()).map(Layout::folder).filter(f -> !f.isEmpty())).toList();

  public SparkCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Settings settings = new Settings(Path.of(input), output, Optional.ofNullable(gold), Optional.ofNullable(manifest),
        1, maxBytes, !rawCsv, false, Settings.defaultCoreNlpProperties());
    Set<String> goldDocs;
    try {
      Pipeline.check(CoreNlpLayers.provided(settings.corenlp()));
      goldDocs = gold == null ? Set.of() : TableSet.docIdsIn(gold);
      Files.createDirectories(output);
    } catch (MissingLayerException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (TableFormatException | IOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    try (OutputLock lock = OutputLock.acquire(output);
        StagedTables set = StagedTables.begin(output, TABLE_SET);
        SparkSession spark = SparkSession.builder().config(SparkMain.conf(master)).getOrCreate()) {
      return run(settings, JavaSparkContext.fromSparkContext(spark.sparkContext()), set, goldDocs, start);
    } catch (IOException | UncheckedIOException e) {
      err.println("error: writing tables to " + output + ": " + e.getMessage());
      return ExitCodes.FATAL;
    } catch (TableFormatException e) {
      err.println("error: scoring against " + gold + ": " + e.getMessage());
      return ExitCodes.FATAL;
    } finally {
      ExecutorPipeline.release();
    }
  }

  private int run(Settings settings, JavaSparkContext spark, StagedTables set, Set<String> goldDocs, long start)
      throws IOException, TableFormatException {
    if (manifest != null) {
      spark.addFile(manifest.toAbsolutePath().toString());
    }
    JobCounters counters = new JobCounters(spark.sc());
    SparkJob job = new SparkJob(spark, settings.corenlp(), maxBytes);
    // Partitioned layouts: the gold's articles are merged into a scratch folder, scored, and removed.
    Path merging = layout == Layout.MERGED ? set.staging() : set.staging().resolve(".scored-articles");
    List<ArticleSink> sinks = new ArrayList<>(layout == Layout.MERGED
        ? newsfacts.cli.RunSinks.open(settings, RunCommand.DEFAULT_FORMATS, Optional.ofNullable(gold), set.staging())
        : List.of(Format.CSV.open(Files.createDirectories(merging), !rawCsv)));
    SparkJob.Merged merged;
    try {
      String manifestName = manifest == null ? null : manifest.getFileName().toString();
      Consumer<ArticleResult> toSinks = r -> sinks.forEach(s -> s.add(r));
      merged = layout == Layout.MERGED
          ? job.run(input, manifestName, partitions, goldDocs, toSinks, counters)
          : job.runPartitioned(input, manifestName, partitions, goldDocs, toSinks, counters,
              articles -> writePartitioned(articles, set.staging()));
      if (merged.articles() == 0) {
        err.println("error: no .txt articles in " + input);
        return ExitCodes.FATAL;
      }
      for (ArticleSink sink : sinks) {
        sink.commit(merged.failures());
      }
    } finally {
      for (ArticleSink sink : sinks) {
        sink.close();
      }
    }
    Map<String, Scorer.Report> reports = Map.of();
    if (gold != null) {
      SparkGold.Scored scored = new SparkGold(gold, input, err).score(merged, merging, set.staging(), output, !rawCsv);
      if (scored.refused().isPresent()) {
        return scored.refused().get();
      }
      reports = scored.reports();
    }
    if (layout == Layout.MERGED) {
      ReportIndex.write(set.staging());
    } else {
      PartitionedTables.writeFailures(merged.failures(), set.staging(), !rawCsv);
      StagedTables.deleteTree(merging);
    }
    set.commit();
    report(merged, counters, start);
    if (gold != null) {
      Scoring.printSummary(reports, out);
      out.println("Scores in " + output.resolve("scores.csv") + "; errors in errors.csv");
    }
    return merged.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_ARTICLES_FAILED;
  }

  private void writePartitioned(JavaRDD<byte[]> articles, Path staging) {
    Path folder = staging.resolve(layout.folder());
    if (layout == Layout.PARQUET) {
      PartitionedTables.writeParquet(SparkSession.active(), articles, folder);
    } else {
      PartitionedTables.writeCsvParts(articles, folder, !rawCsv);
    }
  }

  private void report(SparkJob.Merged merged, JobCounters counters, long start) {
    out.printf(Locale.ROOT, "%d of %d articles processed in %.1f s; tables in %s%n",
        merged.articles() - merged.failures().size(), merged.articles(), (System.nanoTime() - start) / 1e9,
        output.toAbsolutePath().normalize());
    out.println(counters.summary());
    out.printf(Locale.ROOT, "driver merge (reading the outcomes, writing the tables): %.1f s%n", merged.mergeSeconds());
    for (Failure f : merged.failures()) {
      err.printf(Locale.ROOT, "failed: %s (%s): %s%n", f.file(), f.stage(), f.reason());
    }
  }
}
