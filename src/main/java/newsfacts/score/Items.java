package newsfacts.score;

import newsfacts.model.CharSpan;

/** The rows of the scored tables, as the scorer sees them (read from CSV, never from a model). */
final class Items {
  private Items() {}

  record Entity(String docId, CharSpan span, String text, String type, String subtype) {}

  record Date(String docId, CharSpan span, String text, String type, String value) {}

  record Quote(String docId, CharSpan span, String text, String kind, String speaker, String cue) {}

  record Relation(String docId, String subject, String relation, String object) {}

  record Document(String docId, String docDate) {}
}
