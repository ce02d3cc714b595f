package newsfacts.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/** Bylines ("By A and B (News Org)") and credit lines ("A, News Org." closing a report). */
final class Bylines {
  private Bylines() {}

  /** "By A and B (News Org)": each person works for the organisation in parentheses. */
  static void extract(RelationSentence s, Set<String> employerPrepositions, List<Relation> found) {
    creditLine(s, employerPrepositions, found);
    byline(s, found);
  }

  /**
   * "A, News Org[, Place]." or "A for News Org, Place." closing a report (at the start of a
   * sentence, or after a full stop the splitter missed, with no verb after it) credits A to the
   * organisation; so does "News Org's A".
   */
  private static void creditLine(RelationSentence s, Set<String> employerPrepositions, List<Relation> found) {
    List<EntityMention> named = s.entities;
    for (int k = 0; k + 1 < named.size(); k++) {
      EntityMention person = named.get(k);
      EntityMention org = named.get(k + 1);
      if (person.type() != EntityType.PERSON || org.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int first = s.firstToken(person);
      int comma = s.lastToken(person) + 1;
      boolean opensSentence = first == 0 || s.token(first - 1).word().equals(".");
      boolean orgNext = comma < s.tokens().size() && s.firstToken(org) == comma + 1 && (s.token(comma).word().equals(",")
          || employerPrepositions.contains(s.token(comma).word().toLowerCase(Locale.ROOT)));
      boolean noVerbAfter = true;
      for (int i = s.lastToken(org) + 1; i < s.tokens().size(); i++) {
        noVerbAfter &= !s.token(i).pos().startsWith("VB") && !s.token(i).pos().equals("MD");
      }
      if (opensSentence && orgNext && noVerbAfter) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, org.canonical(), "credit-line", 0.8));
      }
    }
    for (EntityMention org : named) {
      int pos = s.lastToken(org) + 1;
      EntityMention person = s.entityStartingAt(pos + 1);
      if (org.type() == EntityType.ORGANIZATION && pos < s.tokens().size() && s.token(pos).pos().equals("POS")
          && person != null && person.type() == EntityType.PERSON) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, org.canonical(), "credit-line", 0.8));
      }
    }
  }

  private static void byline(RelationSentence s, List<Relation> found) {
    String text = s.evidence.of(s.doc.text()).strip();
    if (!text.startsWith("By ")) {
      return;
    }
    if (!text.endsWith(")")) {
      outletAfterNames(s, text, found);
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

  /** "By ANA RUIZ Harbour Wire" or "By Ana Ruiz, Harbour Today" on the byline's first line: the outlet right after the names. */
  private static void outletAfterNames(RelationSentence s, String text, List<Relation> found) {
    int lineEnd = s.doc.text().indexOf('\n', s.evidence.begin());
    int end = lineEnd < 0 ? s.evidence.end() : Math.min(lineEnd, s.evidence.end());
    EntityMention org = null;
    for (EntityMention e : s.entities) {
      if (e.span().end() <= end) {
        org = e;
      }
    }
    if (org == null || org.type() != EntityType.ORGANIZATION || !s.doc.text().substring(org.span().end(), end).isBlank()) {
      return;
    }
    for (EntityMention e : s.entities) {
      if (e.type() == EntityType.PERSON && e.span().end() < org.span().begin()) {
        found.add(s.relation(e.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, org.canonical(), "byline", 0.8));
      }
    }
  }
}
