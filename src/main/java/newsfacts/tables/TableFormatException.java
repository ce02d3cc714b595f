package newsfacts.tables;

/** A table that cannot be used; the message names the file, line and column. */
public final class TableFormatException extends Exception {
  public TableFormatException(String message) {
    super(message);
  }
}
