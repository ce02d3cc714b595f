package newsfacts.extract;

import java.util.List;
import newsfacts.model.AnnotatedArticle;

/** Runs the extraction steps, in order, over one annotated article. */
public final class Extractor {
  private final List<Step> steps;

  public Extractor(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public List<Step> steps() {
    return steps;
  }

  public Document extract(AnnotatedArticle annotated) {
    Document document = Document.of(annotated);
    for (Step step : steps) {
      document = step.apply(document);
    }
    return document;
  }
}
