package newsfacts.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsfacts.model.Failure;

/**
 * The articles of a folder, listed but not read: each is read by {@link #reader} when a worker
 * takes it, so memory does not grow with the number or total size of the articles. {@code
 * failures} are the .txt files refused while listing (a doc_id taken twice); {@code ignored} the
 * entries that are not articles.
 */
public record ArticleList(ArticleReader reader, List<Entry> entries, List<Failure> failures, List<Ignored> ignored) {
  /** A .txt file to read: its doc_id, path and size in bytes when listed. */
  public record Entry(String docId, Path file, long bytes) {
    public String fileName() {
      return file.getFileName().toString();
    }
  }

  public ArticleList {
    entries = List.copyOf(entries);
    failures = List.copyOf(failures);
    ignored = List.copyOf(ignored);
  }

  /** The doc_ids of the folder's .txt files: those to read and those refused. */
  public Set<String> docIds() {
    Set<String> ids = new TreeSet<>();
    entries.forEach(a -> ids.add(a.docId()));
    failures.forEach(f -> ids.add(f.docId()));
    return ids;
  }

  /** No .txt file at all. */
  public boolean isEmpty() {
    return entries.isEmpty() && failures.isEmpty();
  }

  /** The number of .txt files. */
  public int size() {
    return entries.size() + failures.size();
  }
}
