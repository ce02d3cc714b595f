package newsfacts.annotate.corenlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Lazy;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads the models of several CoreNLP annotators at once (POS tagger, NER with its classifiers and
 * SUTime, lemmatiser, dependency parser), where CoreNLP would load them one after the other.
 *
 * <p>Design decision: CoreNLP keeps every annotator it builds in {@link
 * StanfordCoreNLP#GLOBAL_ANNOTATOR_CACHE}, keyed by name and the signature of its properties, as a
 * lazy value filled on first use; a pipeline asks its (single, locked) pool for each annotator in
 * turn. Filling those lazy values from several threads before the pipeline is built lets the models
 * load in parallel, and the pipeline then finds them built. The annotators are exactly those CoreNLP
 * would build for the same properties (same factory, same signature), so the output is unchanged.
 * An annotator whose entry is not there (another CoreNLP version) simply loads as before.
 */
final class ParallelModelLoading {
  private ParallelModelLoading() {}

  /**
   * Builds the named annotators in parallel into CoreNLP's cache.
   *
   * @param properties the properties as a pipeline holds them ({@link StanfordCoreNLP#getProperties}),
   *     after it registered its annotators' factories in the cache
   * @param before per annotator name, what must be done first, in its loading thread
   * @return the annotators built, to be held until the pipeline that uses them exists (the cache
   *     holds them only softly)
   */
  static List<Annotator> load(List<String> names, Properties properties, Map<String, Runnable> before) {
    List<Callable<Annotator>> pending = new ArrayList<>();
    for (String name : names) {
      Lazy<Annotator> lazy = StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.get(
          new StanfordCoreNLP.AnnotatorSignature(name, PropertiesUtils.getSignature(name, properties)));
      if (lazy != null) {
        Runnable first = before.getOrDefault(name, () -> { });
        pending.add(() -> {
          first.run();
          return lazy.get();
        });
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, pending.size()), r -> {
      Thread t = new Thread(r, "corenlp-model-loading");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Annotator>> loading = new ArrayList<>();
      pending.forEach(load -> loading.add(threads.submit(load)));
      List<Annotator> built = new ArrayList<>();
      for (Future<Annotator> f : loading) {
        built.add(await(f));
      }
      return built;
    } finally {
      threads.shutdownNow();
    }
  }

  private static Annotator await(Future<Annotator> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading CoreNLP models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("loading a CoreNLP model", e.getCause());
    }
  }
}
