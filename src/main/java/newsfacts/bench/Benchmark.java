package newsfacts.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.model.Article;
import java.util.Locale;
import java.util.Properties;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.ArticleProcessor;
import newsfacts.app.BatchRunner;
import newsfacts.app.Pipeline;
import newsfacts.app.StageTimes;
import newsfacts.ingest.Manifest;
import newsfacts.eval.ScoreRow;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.ResultWriter;

/**
 * One benchmark run of one configuration over a corpus, in this JVM: model loading, time per
 * stage, throughput, peak heap and resident memory, and (when gold is given) the headline F1
 * of each layer, so that speed is never reported without the accuracy it costs.
 */
public final class Benchmark {
  /** The figures of one run, as named values in report order. */
  public record Result(Map<String, String> figures) {}

  private static final String[][] HEADLINES = {
    {"entities_strict_f1", "entities", "strict"}, {"dates_value_f1", "dates", "value"},
    {"quotes_end_to_end_f1", "quotes", "end_to_end_0.3"}, {"relations_f1", "relations", "triple"}
  };

  public Result run(String configuration, List<Article> corpus, int threads, Optional<Path> gold,
      Map<String, String> texts, Path scratch) throws IOException, TableFormatException {
    long start = System.nanoTime();
    Properties properties = Configurations.properties(configuration);
    // Files CoreNLP reads while loading (the rewritten gazetteer) stay in the scratch folder.
    properties.setProperty(CoreNlpAnnotator.TEMPORARY_FOLDER, scratch.toString());
    CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
    StageTimes times = new StageTimes();
    ArticleProcessor processor = Pipeline.build(CoreNlpLayers.provided(properties),
        () -> annotator[0] = new CoreNlpAnnotator(properties), Manifest.empty(), Optional.of(times));
    double load = seconds(start);
    BatchRunner runner = new BatchRunner(processor, threads);
    AtomicInteger tokens = new AtomicInteger();
    long[] writeNanos = {0};
    long batchStart = System.nanoTime();
    try (ResultWriter writer = new ResultWriter(scratch, true)) {
      runner.run(corpus, result -> {
        long t = System.nanoTime();
        tokens.addAndGet(result.document().tokens());
        writer.add(result);
        writeNanos[0] += System.nanoTime() - t;
      }, (n, total, id) -> {});
      long t = System.nanoTime();
      writer.commit(List.of());
      writeNanos[0] += System.nanoTime() - t;
    }
    double batch = seconds(batchStart);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("configuration", configuration);
    f.put("documents", Integer.toString(corpus.size()));
    f.put("tokens", Integer.toString(tokens.get()));
    f.put("threads", Integer.toString(threads));
    f.put("load_s", fmt(load));
    annotator[0].annotatorSeconds()
        .forEach((name, s) -> f.put(name.replace("Annotator", "").toLowerCase(Locale.ROOT) + "_s", fmt(s)));
    Map<String, Double> stages = times.seconds();
    f.put("annotate_s_all_threads", fmt(stages.getOrDefault("annotate", 0.0)));
    f.put("extract_s_all_threads",
        fmt(stages.entrySet().stream().filter(e -> !e.getKey().equals("annotate")).mapToDouble(Map.Entry::getValue).sum()));
    stages.forEach((step, s) -> {
      if (!step.equals("annotate")) {
        f.put("extract_" + step + "_s", fmt(s));
      }
    });
    f.put("write_s", fmt(writeNanos[0] / 1e9));
    f.put("batch_wall_s", fmt(batch));
    f.put("tokens_per_s_after_load", fmt(tokens.get() / batch));
    long scoreStart = System.nanoTime();
    if (gold.isPresent()) {
      Map<String, Scorer.Report> reports =
          new Scoring(texts).run(gold.get(), Map.of(configuration, scratch), scratch.resolve("scores"), true);
      List<ScoreRow> rows = reports.get(configuration).scores();
      for (String[] h : HEADLINES) {
        f.put(h[0], rows.stream().filter(r -> r.layer().equals(h[1]) && r.metric().equals(h[2]) && r.type().equals("ALL"))
            .map(r -> fmt(r.f1().orElse(0))).findFirst().orElse(""));
      }
    }
    f.put("score_s", fmt(seconds(scoreStart)));
    f.put("total_wall_s", fmt(seconds(start)));
    f.put("cpu_utilisation", fmt(Measurements.cpuSeconds() / (seconds(start) * Runtime.getRuntime().availableProcessors())));
    f.put("peak_heap_mb", fmt(Measurements.peakHeapMb()));
    f.put("peak_rss_mb", fmt(Measurements.peakRssMb()));
    return new Result(f);
  }

  /** A corpus of {@code size} articles cycling through the given ones, with distinct ids. */
  public static List<Article> repeat(List<Article> articles, int size) {
    List<Article> corpus = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Article a = articles.get(i % articles.size());
      corpus.add(new Article(String.format(java.util.Locale.ROOT, "c%04d_%s", i, a.id()), a.file(), a.text()));
    }
    return corpus;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }
}
