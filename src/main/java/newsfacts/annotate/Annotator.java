package newsfacts.annotate;

import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;

/**
 * Turns an article into sentences, tokens, parses, named mentions and time expressions anchored
 * to the article's publication date. Implementations are thread-safe.
 */
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
