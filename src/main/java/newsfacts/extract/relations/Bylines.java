package newsfacts.extract.relations;

import java.util.List;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/** Bylines: "By A and B (News Org)". */
final class Bylines {
  private Bylines() {}

  /** "By A and B (News Org)": each person works for the organisation in parentheses. */
  static void extract(RelationSentence s, List<Relation> found) {
    String text = s.evidence.of(s.doc.text()).strip();
    if (!text.startsWith("By ") || !text.endsWith(")")) {
      return;
    }
    EntityMention org = null;
    for (EntityMention e : s.entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        org = e;
      }
    }
    if (org == null) {
      return;
    }
    for (EntityMention e : s.entities) {
      if (e.type() == EntityType.PERSON && e.span().end() < org.span().begin()) {
        found.add(s.relation(e.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, org.canonical(), "byline", 0.8));
      }
    }
  }
}
