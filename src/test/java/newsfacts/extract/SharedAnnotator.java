package newsfacts.extract;

import java.nio.file.Path;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.config.Settings;
import newsfacts.model.ArticleResult;
import newsfacts.model.Article;
import newsfacts.model.DocDate;

/** One CoreNLP pipeline for all integration tests of the extraction rules (loading takes seconds). */
public final class SharedAnnotator {
  private static CoreNlpAnnotator annotator;
  private static Extractor extractor;

  private SharedAnnotator() {}

  static synchronized ArticleResult run(String text, String docDate) {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(Settings.defaultCoreNlpProperties());
      extractor = new Extractor(annotator.demonyms());
    }
    Article article = new Article("test", Path.of("test.txt"), text);
    return extractor.extract(annotator.annotate(article, new DocDate(docDate, "test")));
  }
}
