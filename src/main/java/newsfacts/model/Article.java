package newsfacts.model;

import java.nio.file.Path;

/**
 * A decoded article: its id (file name without .txt), source file, exact text and publication
 * date (unknown until ingest has looked for it).
 */
public record Article(String id, Path file, String text, DocDate date) {
  public Article(String id, Path file, String text) {
    this(id, file, text, DocDate.unknown("not looked up"));
  }

  public Article withDate(DocDate newDate) {
    return new Article(id, file, text, newDate);
  }
}
