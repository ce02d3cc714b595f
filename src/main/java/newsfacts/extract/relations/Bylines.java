package newsfacts.extract.relations;

import java.util.List;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/** Bylines ("By A and B (News Org)") and credit lines ("A, News Org." closing a report). */
final class Bylines {
  private Bylines() {}

  /** "By A and B (News Org)": each person works for the organisation in parentheses. */
  static void extract(RelationSentence s, List<Relation> found) {
    creditLine(s, found);
    byline(s, found);
  }

  /** A sentence that is only "A, News Org[, Place]." credits A to the organisation. */
  private static void creditLine(RelationSentence s, List<Relation> found) {
    List<EntityMention> named = s.entities;
    if (named.size() < 2 || named.get(0).type() != EntityType.PERSON || named.get(1).type() != EntityType.ORGANIZATION) {
      return;
    }
    int comma = s.lastToken(named.get(0)) + 1;
    int after = s.lastToken(named.get(1)) + 1;
    boolean personFirst = s.firstToken(named.get(0)) == 0 && comma < s.tokens().size() && s.token(comma).word().equals(",");
    boolean orgNext = s.firstToken(named.get(1)) == comma + 1;
    boolean rest = true;
    for (int i = after; i < s.tokens().size(); i++) {
      String pos = s.token(i).pos();
      rest &= pos.equals(",") || pos.equals(".") || pos.equals("NNP") || pos.equals(":");
    }
    if (personFirst && orgNext && rest) {
      found.add(s.relation(named.get(0).canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, named.get(1).canonical(),
          "credit-line", 0.8));
    }
  }

  private static void byline(RelationSentence s, List<Relation> found) {
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
