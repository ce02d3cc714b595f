package newsfacts.read;

import java.util.List;
import newsfacts.model.Article;
import newsfacts.model.Failure;

/** The articles of a folder that could be read, in doc_id order, and the files that could not. */
public record ReadResult(List<Article> articles, List<Failure> failures) {
  public ReadResult {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
  }
}
