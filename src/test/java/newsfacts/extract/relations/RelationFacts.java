package newsfacts.extract.relations;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.Step;
import newsfacts.extract.dates.DatesStep;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.model.AnnotatedArticle;

/** Runs the steps relations need (entities, dates, relations) on a model-free article. */
final class RelationFacts {
  private static final List<Step> STEPS = List.of(new EntitiesStep(Docs.lexicon()), new DatesStep(Docs.lexicon()),
      new RelationsStep(Docs.lexicon()));

  private RelationFacts() {}

  /** Each relation as "subject | relation | object", in table order. */
  static List<String> of(AnnotatedArticle article) {
    Document document = Document.of(article);
    for (Step step : STEPS) {
      document = step.apply(document);
    }
    return document.relations().stream().map(r -> r.subject() + " | " + r.relation() + " | " + r.object()).toList();
  }
}
