package newsfacts.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import newsfacts.app.BatchRunner;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The distributed part of a run: the input files are sorted by name (as the single-machine tool
 * lists a folder), each executor processes its partitions with its own pipeline, and the driver
 * merges the outcomes in that order into the run's sinks, which write one file per table.
 *
 * <p>Design decision: the outcomes are computed in parallel and kept (memory, then disk) before
 * the driver reads them partition by partition; reading a partition straight from the job would
 * run the partitions one at a time. Only the file paths are shuffled by the sort, not the texts.
 */
final class SparkJob {
  /** What the merge saw: failures (read, annotate, extract, write) and the texts of the gold's articles. */
  record Merged(int articles, List<Failure> failures, Map<String, String> goldTexts, double mergeSeconds) {
    Merged timed(double seconds) {
      return new Merged(articles, failures, goldTexts, seconds);
    }
  }

  private final JavaSparkContext spark;
  private final Properties corenlp;
  private final long maxBytes;

  SparkJob(JavaSparkContext spark, Properties corenlp, long maxBytes) {
    this.spark = spark;
    this.corenlp = corenlp;
    this.maxBytes = maxBytes;
  }

  /**
   * Runs every .txt file of {@code input} (a folder or glob on any Hadoop file system) and hands
   * each result, in file name order, to {@code sink}.
   *
   * @param manifestName the manifest's name among the files added to the job, or null
   * @param partitions number of partitions (0: four per core of the cluster)
   */
  Merged run(String input, String manifestName, int partitions, Set<String> goldDocs,
      Consumer<ArticleResult> sink, JobCounters counters) {
    JavaPairRDD<String, byte[]> outcomes = outcomes(input, manifestName, partitions, counters);
    try {
      outcomes.count();
      long start = System.nanoTime();
      return merge(outcomes.toLocalIterator(), goldDocs, sink).timed((System.nanoTime() - start) / 1e9);
    } finally {
      outcomes.unpersist(false);
    }
  }

  /**
   * As {@link #run}, but the executors write the article tables ({@code write} is given the
   * articles that succeeded, a doc_id taken twice kept for its first file only); the driver gets
   * the failures, and hands the gold's articles to {@code goldSink} for scoring.
   */
  Merged runPartitioned(String input, String manifestName, int partitions, Set<String> goldDocs,
      Consumer<ArticleResult> goldSink, JobCounters counters, Consumer<JavaRDD<byte[]>> write) {
    JavaPairRDD<String, byte[]> outcomes = outcomes(input, manifestName, partitions, counters);
    try {
      long start = System.nanoTime();
      int articles = (int) outcomes.count();
      Map<String, String> firstFiles = new HashMap<>(outcomes
          .values()
          .map(ResultCodec::decode)
          .mapToPair(o -> new Tuple2<>(o.docId(), new Tuple2<>(o.file(), 1)))
          .reduceByKey((a, b) -> new Tuple2<>(a._1().compareTo(b._1()) <= 0 ? a._1() : b._1(), a._2() + b._2()))
          .filter(taken -> taken._2()._2() > 1)
          .mapValues(Tuple2::_1)
          .collectAsMap());
      List<Failure> failures = new ArrayList<>(outcomes.flatMap(o -> failure(o._2(), firstFiles).stream().iterator())
          .collect());
      JavaRDD<byte[]> kept = outcomes.filter(o -> failure(o._2(), firstFiles).isEmpty()).values();
      write.accept(kept);
      Map<String, String> texts = new TreeMap<>();
      for (byte[] bytes : kept.filter(b -> goldDocs.contains(ResultCodec.decode(b).docId())).collect()) {
        ArticleResult result = ResultCodec.decode(bytes).result();
        goldSink.accept(result);
        texts.put(result.document().docId(), result.text());
      }
      return new Merged(articles, failures, texts, (System.nanoTime() - start) / 1e9);
    } finally {
      outcomes.unpersist(false);
    }
  }

  /** The article's failure: its own, or a doc_id already taken by a file before it in name order. */
  private static Optional<Failure> failure(byte[] bytes, Map<String, String> firstFiles) {
    BatchRunner.Outcome outcome = ResultCodec.decode(bytes);
    String first = firstFiles.get(outcome.docId());
    if (first != null && !first.equals(outcome.file())) {
      return Optional.of(new Failure(outcome.docId(), outcome.file(), "read",
          "doc_id '" + outcome.docId() + "' is already taken by " + first));
    }
    return Optional.ofNullable(outcome.failure());
  }

  /** Every article's outcome, by file name, partitions in file name order, kept until unpersisted. */
  private JavaPairRDD<String, byte[]> outcomes(String input, String manifestName, int partitions, JobCounters counters) {
    int slices = partitions > 0 ? partitions : 4 * spark.defaultParallelism();
    return spark.binaryFiles(input, slices)
        .filter(file -> ArticleTasks.isArticle(file._1()))
        .mapToPair(file -> new Tuple2<>(ArticleTasks.fileName(file._1()), file._2()))
        .sortByKey(true, slices)
        .mapPartitionsToPair(new ArticleTasks(corenlp, maxBytes, manifestName, counters))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
  }

  /** The outcomes in order into the sink; a second file with a doc_id already taken fails at "read". */
  static Merged merge(Iterator<Tuple2<String, byte[]>> outcomes, Set<String> goldDocs, Consumer<ArticleResult> sink) {
    List<Failure> failures = new ArrayList<>();
    Map<String, String> fileById = new HashMap<>();
    Map<String, String> texts = new TreeMap<>();
    int articles = 0;
    while (outcomes.hasNext()) {
      articles++;
      BatchRunner.Outcome outcome = ResultCodec.decode(outcomes.next()._2());
      String taken = fileById.putIfAbsent(outcome.docId(), outcome.file());
      if (taken != null) {
        failures.add(new Failure(outcome.docId(), outcome.file(), "read",
            "doc_id '" + outcome.docId() + "' is already taken by " + taken));
      } else if (outcome.result() == null) {
        failures.add(outcome.failure());
      } else {
        Failure failure = deliver(outcome, sink);
        if (failure != null) {
          failures.add(failure);
        } else if (goldDocs.contains(outcome.docId())) {
          texts.put(outcome.docId(), outcome.result().text());
        }
      }
    }
    return new Merged(articles, failures, texts, 0);
  }

  /** As the single-machine batch: a sink rejecting one article fails it at "write"; an I/O failure stops the run. */
  private static Failure deliver(BatchRunner.Outcome outcome, Consumer<ArticleResult> sink) {
    try {
      sink.accept(outcome.result());
      return null;
    } catch (java.io.UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      return new Failure(outcome.docId(), outcome.file(), "write",
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }
}
