package newsfacts.app;

import java.util.List;
import java.util.Set;
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
 * Builds the article processor in the order that fails fastest: the steps are checked against the
 * layers the annotators will provide, and only then is the annotator (its models) loaded.
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
    List<Step> steps = Steps.standard(Lexicon.load());
    Steps.check(provided, steps);
    Annotator loaded = annotator.get();
    if (times.isPresent()) {
      loaded = times.get().timed(loaded);
      steps = times.get().timed(steps);
    }
    return new ArticleProcessor(new PublicationDates(manifest), loaded, new Extractor(steps));
  }
}
