package newsfacts.model;

/** A time expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and value. */
public record Timex(CharSpan span, String text, String type, String value, int sentence) {}
