package newsfacts.model;

import java.util.Locale;

/** The kinds of annotation a table set can hold, one table each, in the order they are scored and reported. */
public enum TableLayer {
  DOCUMENTS,
  ENTITIES,
  DATES,
  QUOTES,
  RELATIONS;

  /** The layer's name in score tables: "documents", "entities", ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
