package newsfacts.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Properties;
import newsfacts.app.BatchRunner;
import newsfacts.ingest.ArticleReader;
import newsfacts.ingest.UnreadableArticleException;
import newsfacts.model.Article;
import newsfacts.model.Failure;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * What an executor does with a partition of articles: read each file (as the single-machine tool
 * reads one), run it through the executor's pipeline, and hand back its outcome as bytes, keyed by
 * file name. A failure is an outcome (a row of failures.csv), never a failed task.
 */
final class ArticleTasks
    implements PairFlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, String, byte[]> {
  private static final long serialVersionUID = 1L;
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  private final Properties corenlp;
  private final long maxBytes;
  /** The manifest's name among the job's files (SparkFiles), or null. */
  private final String manifestName;
  private final JobCounters counters;

  ArticleTasks(Properties corenlp, long maxBytes, String manifestName, JobCounters counters) {
    this.corenlp = corenlp;
    this.maxBytes = maxBytes;
    this.manifestName = manifestName;
    this.counters = counters;
  }

  /** The file name of a path or URI ("hdfs://host/news/a.txt" gives "a.txt"). */
  static String fileName(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** Whether the single-machine tool reads this file as an article: a visible .txt file. */
  static boolean isArticle(String path) {
    String name = fileName(path);
    return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public Iterator<Tuple2<String, byte[]>> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    ExecutorPipeline.Ready ready = ExecutorPipeline.runner(corenlp, manifestName == null ? null : SparkFiles.get(manifestName));
    if (ready.loadSeconds() > 0) {
      counters.modelLoads.add(1);
      counters.modelLoadSeconds.add(ready.loadSeconds());
      counters.modelLoadCpuSeconds.add(ready.loadCpuSeconds());
    }
    BatchRunner runner = ready.runner();
    ArticleReader reader = new ArticleReader(maxBytes);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Tuple2<String, byte[]> next() {
        Tuple2<String, PortableDataStream> file = files.next();
        String name = fileName(file._1());
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        BatchRunner.Outcome outcome = process(runner, reader, name, file._2());
        counters.articleSeconds.add((System.nanoTime() - start) / 1e9);
        counters.articleCpuSeconds.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        if (outcome.result() != null) {
          counters.tokens.add(outcome.result().document().tokens());
        }
        return new Tuple2<>(name, ResultCodec.encode(outcome));
      }
    };
  }

  private BatchRunner.Outcome process(BatchRunner runner, ArticleReader reader, String name, PortableDataStream data) {
    Article article;
    try {
      article = reader.read(Path.of(name), readAtMost(data, maxBytes + 1));
    } catch (UnreadableArticleException e) {
      String docId = name.substring(0, name.length() - ".txt".length());
      return new BatchRunner.Outcome(docId, name, null, new Failure(docId, name, "read", e.getMessage()));
    }
    return runner.process(article);
  }

  /** The file's first {@code limit} bytes (one more than allowed is enough to refuse it). */
  private static byte[] readAtMost(PortableDataStream data, long limit) throws UnreadableArticleException {
    try (InputStream in = data.open()) {
      return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UnreadableArticleException("cannot read file: " + e.getMessage());
    }
  }
}
