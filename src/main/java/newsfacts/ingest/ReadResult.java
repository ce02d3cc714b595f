package newsfacts.ingest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsfacts.model.Article;
import newsfacts.model.Failure;

/**
 * The articles of a folder that could be read, in file name order; the .txt files that could
 * not (failures, which count against the exit status); and the other entries, ignored.
 */
public record ReadResult(List<Article> articles, List<Failure> failures, List<Ignored> ignored) {
  public ReadResult {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
    ignored = List.copyOf(ignored);
  }

  /** The doc_ids of the folder's .txt files: those read and those that failed. */
  public Set<String> docIds() {
    Set<String> ids = new TreeSet<>();
    articles.forEach(a -> ids.add(a.id()));
    failures.forEach(f -> ids.add(f.docId()));
    return ids;
  }
}
