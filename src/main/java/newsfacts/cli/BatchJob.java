package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.ArticleProcessor;
import newsfacts.app.BatchRunner;
import newsfacts.app.Pipeline;
import newsfacts.config.Settings;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import newsfacts.formats.Format;
import newsfacts.model.Failure;
import newsfacts.report.ReportIndex;
import newsfacts.tables.ArticleSink;
import newsfacts.tables.StagedTables;
import newsfacts.tables.TableFormatException;

/** One checked run, once its output folder is locked: annotate, extract, write, score, then report. */
final class BatchJob {
  private final Settings settings;
  private final RunSetup.Plan plan;
  private final List<Format> formats;
  private final Supplier<Annotator> annotator;
  private final StagedTables set;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param annotators builds the annotator (CoreNLP, or a fake in tests) from the settings, only when an
   *     article needs annotating
   * @param annotationCache the folder of cached annotations, or null for none
   */
  BatchJob(Settings settings, RunSetup.Plan plan, List<Format> formats, Function<Settings, Annotator> annotators,
      Path annotationCache, StagedTables set, PrintWriter out, PrintWriter err) {
    this.settings = settings;
    this.plan = plan;
    this.formats = formats;
    this.set = set;
    this.out = out;
    this.err = err;
    Supplier<Annotator> load = () -> {
      err.printf(Locale.ROOT, "Loading CoreNLP models...%n");
      // Files CoreNLP reads while loading go to the staging folder: nothing lands outside --output.
      return annotators.apply(settings.withCoreNlp(CoreNlpAnnotator.TEMPORARY_FOLDER, set.staging().toString()));
    };
    this.annotator = CachingAnnotators.around(annotationCache, settings.corenlp(), load);
  }

  int run(long start) throws IOException {
    ArticleProcessor processor =
        Pipeline.build(CoreNlpLayers.provided(settings.corenlp()), annotator, plan.dates(), Optional.empty());
    List<Failure> failures = new ArrayList<>(plan.articles().failures());
    BatchRunner runner = new BatchRunner(processor, settings.threads());
    List<ArticleSink> sinks = new ArrayList<>();
    try {
      sinks.addAll(RunSinks.open(settings, formats, plan.gold(), set.staging()));
      failures.addAll(runner.run(plan.articles(), result -> sinks.forEach(s -> s.add(result)), progressReporter(start)));
      for (ArticleSink sink : sinks) {
        sink.commit(failures);
      }
    } catch (IOException | RuntimeException e) {
      // The first failure is the one to report (a full disk while writing, say); closing may fail again.
      try {
        RunSinks.closeAll(sinks);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
    RunSinks.closeAll(sinks);
    Map<String, Scorer.Report> reports = Map.of();
    boolean scoring = plan.gold().isPresent() && formats.contains(Format.CSV);
    if (plan.gold().isPresent() && !scoring) {
      err.println("not scored: scoring reads the CSV tables, and --formats has no csv");
    }
    if (scoring) {
      try {
        reports = new Scoring(plan.goldTexts(), plan.unreadableGold()).run(plan.gold().get(),
            Scoring.systemsWithBaseline(set.staging(), settings.output()), set.staging(), settings.neutraliseCells());
      } catch (TableFormatException e) {
        err.println("error: scoring against " + plan.gold().get() + ": " + e.getMessage());
        return ExitCodes.FATAL;
      }
    }
    ReportIndex.write(set.staging());
    set.commit();
    report(failures, start);
    if (scoring) {
      Scoring.printSummary(reports, out);
      out.println("Scores in " + settings.output().resolve("scores.csv") + "; errors in errors.csv");
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_ARTICLES_FAILED;
  }

  private void report(List<Failure> failures, long start) {
    int total = plan.articles().size();
    out.printf(
        Locale.ROOT, "%d of %d articles processed in %.1f s; tables in %s%n", total - failures.size(), total,
        (System.nanoTime() - start) / 1e9, settings.output().toAbsolutePath().normalize());
    List<Failure> ordered = new ArrayList<>(failures);
    // Files refused on reading first, then those that failed later, each in input order.
    ordered.sort(Comparator.comparing((Failure f) -> !f.stage().equals("read")));
    for (Failure f : ordered) {
      err.printf(Locale.ROOT, "failed: %s (%s): %s%n", f.file(), f.stage(), f.reason());
    }
  }

  private BatchRunner.Progress progressReporter(long start) {
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
