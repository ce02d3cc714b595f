package newsfacts.eval;

import newsfacts.model.CharSpan;

/** The rows of the scored tables, as the scorer sees them (read from CSV, never from a model). */
public final class Items {
  private Items() {}

  public record Entity(String docId, CharSpan span, String text, String type, String subtype) {}

  public record Date(String docId, CharSpan span, String text, String type, String value) {}

  public record Quote(String docId, CharSpan span, String text, String kind, String speaker, String cue) {}

  public record Relation(String docId, String subject, String relation, String object) {}

  public record Document(String docId, String docDate) {}
}
