package newsfacts.eval;

import newsfacts.model.CharSpan;

/** Scored items built by hand, as the tests' shorthand. Spans are [start, end). */
public final class Make {
  private Make() {}

  static Items.Entity entity(String doc, int start, int end, String type) {
    return entity(doc, start, end, type, "");
  }

  static Items.Entity entity(String doc, int start, int end, String type, String subtype) {
    return new Items.Entity(doc, new CharSpan(start, end), "e" + start, type, subtype);
  }

  static Items.Date date(String doc, int start, int end, String type, String value) {
    return new Items.Date(doc, new CharSpan(start, end), "t" + start, type, value);
  }

  static Items.Quote quote(String doc, int start, int end, String kind, String speaker) {
    return new Items.Quote(doc, new CharSpan(start, end), "q" + start, kind, speaker, "said");
  }

  static Items.Relation relation(String doc, String subject, String relation, String object) {
    return new Items.Relation(doc, subject, relation, object);
  }
}
