package newsfacts.extract;

import java.nio.file.Path;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.config.Settings;
import newsfacts.model.Article;
import newsfacts.model.DocDate;

/** One CoreNLP pipeline for all integration tests of the extraction rules (loading takes seconds). */
public final class SharedAnnotator {
  private static CoreNlpAnnotator annotator;
  private static Extractor extractor;

  private SharedAnnotator() {}

  static synchronized Document run(String text, String docDate) {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(Settings.defaultCoreNlpProperties());
      extractor = new Extractor(Steps.standard(Lexicon.load()));
    }
    Article article = new Article("test", Path.of("test.txt"), text, new DocDate(docDate, "test"));
    return extractor.extract(annotator.annotate(article));
  }
}
