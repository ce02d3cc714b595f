package newsfacts.ingest;

/** An article file that cannot be used; the message says why and where. */
public final class UnreadableArticleException extends Exception {
  public UnreadableArticleException(String message) {
    super(message);
  }
}
