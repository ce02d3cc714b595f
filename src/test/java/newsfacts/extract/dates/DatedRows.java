package newsfacts.extract.dates;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;

/** The dates step's rows for an invented article, written "text/TYPE=value" or "text=value" for assertions. */
final class DatedRows {
  private static final DatesStep STEP = new DatesStep(Docs.lexicon());

  private DatedRows() {}

  static List<String> typed(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).dates().stream().map(t -> t.text() + "/" + t.type() + "=" + t.value()).toList();
  }

  static List<String> values(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).dates().stream().map(t -> t.text() + "=" + t.value()).toList();
  }
}
