package newsfacts.model;

/**
 * An article's publication date: a value of the form YYYY-MM-DD, YYYY-MM or YYYY (empty when
 * unknown) and the evidence it came from.
 */
public record DocDate(String value, String evidence) {
  public static DocDate unknown(String reason) {
    return new DocDate("", reason);
  }

  public boolean isKnown() {
    return !value.isEmpty();
  }

  public boolean isFullDate() {
    return value.length() == 10;
  }
}
