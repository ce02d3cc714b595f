package newsfacts.model;

/** A time expression with its TIMEX3 type and value. */
public record Timex(CharSpan span, String text, TimexType type, String value, int sentence) {

  public Timex withValue(String newValue) {
    return new Timex(span, text, type, newValue, sentence);
  }

  public Timex withType(TimexType newType, String newValue) {
    return new Timex(span, text, newType, newValue, sentence);
  }

  /** The expression over another span of the same sentence; {@code newText} is that span's text. */
  public Timex withSpan(CharSpan newSpan, String newText) {
    return new Timex(newSpan, newText, type, value, sentence);
  }
}
