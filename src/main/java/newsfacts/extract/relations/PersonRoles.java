package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * per:title and per:employee_or_member_of from the way news introduces people: a title before
 * the name ("Norway's Foreign Minister X", "French Foreign Minister X", "Secretary-General
 * of NATO X"), an apposition after it ("X, deputy dean of Y", "X, a researcher with Y") and
 * bylines ("By X and Y (Z)").
 */
public final class PersonRoles {
  private final Set<String> employerPrepositions;
  private final Set<String> titlePlacePrepositions;
  private final Map<String, String> demonyms;

  PersonRoles(RelationWords words, Map<String, String> demonyms) {
    this.employerPrepositions = words.employerPrepositions();
    this.titlePlacePrepositions = words.titlePlacePrepositions();
    this.demonyms = demonyms;
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    byline(s, found);
    for (EntityMention person : s.entities) {
      if (person.type() == EntityType.PERSON) {
        premodifier(s, person, found);
        apposition(s, person, found);
        titleBeforeComma(s, person, found);
      }
    }
    return found;
  }

  private void premodifier(RelationSentence s, EntityMention person, List<Relation> found) {
    int end = s.firstToken(person) - 1;
    EntityMention employer = null;
    EntityMention before = s.entityEndingAt(end);
    if (RelationSentence.isCountryOrOrg(before)) {
      // "Minister of Norway X", "Secretary-General of NATO X"
      int i = s.firstToken(before) - 1;
      if (i >= 0 && s.token(i).pos().equals("DT")) {
        i--;
      }
      if (i < 0 || !s.token(i).word().equals("of")) {
        return;
      }
      employer = before;
      end = i - 1;
    }
    int start = end;
    while (start >= 0 && s.token(start).ner() == NerTag.TITLE) {
      start--;
    }
    start++;
    if (start > end) {
      return;
    }
    String title = s.doc.text().substring(s.token(start).span().begin(), s.token(end).span().end());
    found.add(s.relation(person.canonical(), RelationSlot.PER_TITLE, title, "title-premodifier", 0.9));
    if (employer == null) {
      employer = employerBefore(s, start);
    }
    String employerName = employer == null ? null : employerName(employer);
    if (employerName != null) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, employerName, "title-premodifier", 0.85));
    }
  }

  /**
   * "Org's field coordinator in Town, X" and "Its secretary-general, X": a title phrase set off
   * before the name; the employer when an organisation owns it by name.
   */
  private void titleBeforeComma(RelationSentence s, EntityMention person, List<Relation> found) {
    int comma = s.firstToken(person) - 1;
    if (comma < 1 || !s.token(comma).word().equals(",")) {
      return;
    }
    int end = comma - 1;
    if (end >= 1 && titlePlacePrepositions.contains(s.token(end - 1).word())) {
      end -= 2;
    }
    int start = end;
    while (start >= 0 && s.token(start).ner() == NerTag.TITLE) {
      start--;
    }
    int owner = start;
    start++;
    if (start > end || owner < 0) {
      return;
    }
    boolean its = s.token(owner).pos().equals("PRP$");
    EntityMention org = s.token(owner).pos().equals("POS") ? s.entityEndingAt(owner - 1) : null;
    if (!its && (org == null || org.type() != EntityType.ORGANIZATION)) {
      return;
    }
    String title = s.doc.text().substring(s.token(start).span().begin(), s.token(end).span().end());
    found.add(s.relation(person.canonical(), RelationSlot.PER_TITLE, title, "title-before-name", 0.8));
    if (org != null) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, org.canonical(), "title-before-name", 0.75));
    }
  }

  /** "Norway's", "Norway" or "Norwegian" right before the title. */
  private static EntityMention employerBefore(RelationSentence s, int titleStart) {
    int i = titleStart - 1;
    if (i >= 0 && s.token(i).pos().equals("POS")) {
      i--;
    }
    EntityMention e = s.entityEndingAt(i);
    return e != null && (RelationSentence.isCountryOrOrg(e) || e.type() == EntityType.NATIONALITY) ? e : null;
  }

  private String employerName(EntityMention e) {
    return e.type() == EntityType.NATIONALITY ? demonyms.get(e.text()) : e.canonical();
  }

  private void apposition(RelationSentence s, EntityMention person, List<Relation> found) {
    int i = s.lastToken(person) + 1;
    int n = s.tokens().size();
    if (i >= n || !s.token(i).word().equals(",")) {
      return;
    }
    i++;
    boolean possessive = i < n && s.token(i).pos().equals("PRP$");
    if (i < n && (s.token(i).pos().equals("DT") || possessive)) {
      i++;
    }
    int start = i;
    while (i < n && !s.token(i).pos().equals("IN") && !s.token(i).word().equals(",") && !s.token(i).word().equals(".")) {
      i++;
    }
    int end = i - 1;
    if (end < start || s.token(end).ner() != NerTag.TITLE || end - start > 5 || listsAnotherPerson(s, i)) {
      return;
    }
    String title = s.doc.text().substring(s.token(start).span().begin(), s.token(end).span().end());
    found.add(s.relation(person.canonical(), RelationSlot.PER_TITLE, title, "title-apposition", 0.85));
    boolean employerFollows = i < n && employerPrepositions.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    for (int j = i; j < n && !possessive && !s.token(j).word().equals(",") && !s.token(j).word().equals("."); j++) {
      EntityMention e = s.entityStartingAt(j);
      if (e != null && e.type() == EntityType.ORGANIZATION && (employerFollows || introducedByEmployerPreposition(s, j))) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, e.canonical(), "title-apposition", 0.8));
        return;
      }
    }
  }

  /** "X, Deputy Minister of Y Z, ...": a list of titled people, not an apposition of X. */
  private static boolean listsAnotherPerson(RelationSentence s, int from) {
    for (int j = from; j < s.tokens().size() && !s.token(j).word().equals(","); j++) {
      EntityMention e = s.entityStartingAt(j);
      if (e != null && e.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  private boolean introducedByEmployerPreposition(RelationSentence s, int token) {
    int i = token - 1;
    if (i >= 0 && s.token(i).pos().equals("DT")) {
      i--;
    }
    return i >= 0 && employerPrepositions.contains(s.token(i).word().toLowerCase(Locale.ROOT));
  }

  /** "By A and B (News Org)": each person works for the organisation in parentheses. */
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
