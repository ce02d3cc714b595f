package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;

/** The entities and quotes steps over an invented article, as the speaker tests read their quotes. */
final class SpokenQuotes {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());

  private SpokenQuotes() {
  }

  /** Each quote as "speaker mention -> speaker | quote text". */
  static List<String> described(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " -> " + q.speaker() + " | " + q.text()).toList();
  }

  /** Each quote as "speaker mention -> speaker | quote text | cue". */
  static List<String> withCues(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " -> " + q.speaker() + " | " + q.text() + " | " + q.cue()).toList();
  }
}
