package newsfacts.annotate;

import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.DocDate;

/** Turns an article into sentences, tokens, parses, named mentions and anchored time expressions. */
public interface Annotator {
  AnnotatedArticle annotate(Article article, DocDate docDate);

  /** Nationality adjectives and demonyms mapped to their place ("Russian" -> "Russia"). */
  default java.util.Map<String, String> demonyms() {
    return java.util.Map.of();
  }
}
