package newsfacts.app;

import java.util.function.Supplier;
import newsfacts.annotate.Annotator;
import newsfacts.extract.Document;
import newsfacts.extract.Extractor;
import newsfacts.ingest.Titles;
import newsfacts.ingest.pubdate.PublicationDates;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocumentInfo;

/**
 * One article through the stages: its publication date, annotation, extraction. A failure carries
 * the stage it happened in ("annotate" covers the date lookup, which runs just before it).
 * Thread-safe when the annotator is.
 */
public final class ArticleProcessor {
  private final PublicationDates dates;
  private final Annotator annotator;
  private final Extractor extractor;

  public ArticleProcessor(PublicationDates dates, Annotator annotator, Extractor extractor) {
    this.dates = dates;
    this.annotator = annotator;
    this.extractor = extractor;
  }

  /** @throws StageFailure when a stage throws, or runs out of stack or memory */
  ArticleResult process(Article article) {
    AnnotatedArticle annotated = inStage("annotate", () -> annotator.annotate(dates.dated(article)));
    return inStage("extract", () -> result(annotated, extractor.extract(annotated)));
  }

  private static ArticleResult result(AnnotatedArticle annotated, Document document) {
    Article article = annotated.article();
    DocumentInfo info = new DocumentInfo(article.id(), article.file().getFileName().toString(),
        Titles.title(article.text()), annotated.docDate(), annotated.sentences().size(), annotated.tokenCount());
    return new ArticleResult(info, article.text(), document.entities(), document.dates(), document.quotes(),
        document.relations(), annotated.sentences());
  }

  private static <T> T inStage(String stage, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new StageFailure(stage, e);
    }
  }
}
