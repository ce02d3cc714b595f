package newsfacts.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import newsfacts.annotate.Annotator;
import newsfacts.extract.Extractor;
import newsfacts.extract.Lexicon;
import newsfacts.extract.Step;
import newsfacts.extract.Steps;
import newsfacts.ingest.Manifest;
import newsfacts.ingest.pubdate.PublicationDates;
import newsfacts.model.Layer;

/**
 * Builds the article processor. The annotator (its models, seconds of CPU) loads on a thread of
 * its own while the steps read their word lists and are checked against the layers the annotator
 * will provide; a step that would miss a layer fails at once, without waiting for the models.
 */
public final class Pipeline {
  private Pipeline() {}

  /** Checks, without loading anything, that every standard step gets the layers it needs. */
  public static void check(Set<Layer> provided) {
    Steps.check(provided, Steps.standard(Lexicon.load()));
  }

  /**
   * @param provided the layers the configured annotator provides, known without loading it
   * @param annotator loads the annotator; called only when every step gets what it needs
   * @param times when present, times the annotator and each step
   * @throws newsfacts.extract.MissingLayerException before loading anything, when a step would miss a layer
   */
  public static ArticleProcessor build(Set<Layer> provided, Supplier<Annotator> annotator, Manifest manifest,
      java.util.Optional<StageTimes> times) {
    CompletableFuture<Annotator> loading = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        loading.complete(annotator.get());
      } catch (RuntimeException | Error e) {
        loading.completeExceptionally(e);
      }
    }, "annotator-loading");
    thread.setDaemon(true); // abandoned when a step check fails
    thread.start();
    List<Step> steps = Steps.standard(Lexicon.load());
    Steps.check(provided, steps);
    Annotator loaded = await(loading);
    if (times.isPresent()) {
      loaded = times.get().timed(loaded);
      steps = times.get().timed(steps);
    }
    return new ArticleProcessor(new PublicationDates(manifest), loaded, new Extractor(steps));
  }

  private static Annotator await(CompletableFuture<Annotator> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
