package newsfacts.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.BatchRunner;
import newsfacts.app.Pipeline;
import newsfacts.ingest.Manifest;

/**
 * The pipeline of one executor JVM: built on first use, then reused by every task (partition)
 * that JVM runs, from any of its task threads (the annotator is thread-safe). Loading the models
 * takes seconds and gigabytes, so it happens once per executor, never per partition or article.
 */
final class ExecutorPipeline {
  private static Properties loadedFor;
  private static Annotator annotator;
  private static String manifestFor;
  private static BatchRunner runner;

  private ExecutorPipeline() {}

  /**
   * The runner, and the wall and CPU seconds (of the whole JVM: the models load on several threads)
   * this call spent loading models, 0 when they were loaded already.
   */
  record Ready(BatchRunner runner, double loadSeconds, double loadCpuSeconds) {}

  /**
   * The runner for these CoreNLP settings and manifest (a file on this machine, or null); the
   * models load on the first call in this JVM, and again only if the settings change.
   */
  static synchronized Ready runner(Properties corenlp, String manifestFile) {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    double load = 0;
    double loadCpu = 0;
    if (annotator == null || !corenlp.equals(loadedFor)) {
      annotator = null;
      runner = null;
      annotator = new CoreNlpAnnotator(corenlp);
      loadedFor = corenlp;
      load = (System.nanoTime() - start) / 1e9;
      loadCpu = (processCpuNanos() - cpuStart) / 1e9;
    }
    if (runner == null || !java.util.Objects.equals(manifestFile, manifestFor)) {
      Manifest manifest = loadManifest(manifestFile);
      Annotator loaded = annotator;
      runner = new BatchRunner(Pipeline.build(CoreNlpLayers.provided(corenlp), () -> loaded, manifest, Optional.empty()), 1);
      manifestFor = manifestFile;
    }
    return new Ready(runner, load, loadCpu);
  }

  /** Drops the pipeline so its memory can be reclaimed (a test JVM that goes on with other work). */
  static synchronized void release() {
    annotator = null;
    runner = null;
    loadedFor = null;
    manifestFor = null;
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static Manifest loadManifest(String file) {
    if (file == null) {
      return Manifest.empty();
    }
    try {
      return Manifest.load(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
