package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.RelationWords;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
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
  private final Titles titles;
  private final AppositionRoles appositions;
  private final Set<String> privateOccupations = WordLists.set("private-occupations.txt");

  PersonRoles(RelationWords words, Map<String, String> demonyms) {
    this.titles = new Titles(words);
    this.employerPrepositions = words.employerPrepositions();
    this.titlePlacePrepositions = words.titlePlacePrepositions();
    this.demonyms = demonyms;
    this.appositions = new AppositionRoles(titles, employerPrepositions);
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    Bylines.extract(s, employerPrepositions, found);
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
    int end = titles.starts.beforeHonorific(s, s.firstToken(person) - 1);
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
    int start = titles.starts.titleStart(s, end);
    if (start > end) {
      return;
    }
    Titles.Found titled = titles.clean(s, start, end);
    if (employer == null) {
      employer = titled.employer() != null ? titled.employer() : employerBefore(s, start, titles.isExecutive(titled.titles()));
    }
    if (employer == null) {
      employer = organisationOfAfter(s, s.lastToken(person) + 1);
    }
    add(s, person, titled, employer, "title-premodifier", found);
  }

  void add(RelationSentence s, EntityMention person, Titles.Found titled, EntityMention employer, String rule,
      List<Relation> found) {
    if (titled.founder() && employer != null && employer.type() == EntityType.ORGANIZATION) {
      found.add(s.relation(employer.canonical(), RelationSlot.ORG_FOUNDED_BY, person.canonical(), rule, 0.8));
    }
    if (titled.titles().isEmpty()) {
      return;
    }
    if (employer != null && isNation(employer) && isPrivateOccupation(titled.titles())) {
      // "the Freedonian businessman X": a nation employs only its officials; the adjective tells the origin
      String country = employer.type() == EntityType.NATIONALITY ? employerName(s, employer) : null;
      if (country != null) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_ORIGIN, country, "origin", 0.8));
      }
      employer = null;
    }
    for (String title : titled.titles()) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_TITLE, title, rule, 0.85));
    }
    String employerName = employer == null ? null : employerName(s, employer);
    if (employerName != null) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, employerName, rule, 0.8));
    }
  }

  private static boolean isNation(EntityMention e) {
    return e.type() == EntityType.NATIONALITY || e.hasSubtype(LocationSubtype.COUNTRY);
  }

  /** "businessman", "novelist": occupations no government holds, whatever the nationality before them. */
  private boolean isPrivateOccupation(List<String> found) {
    return found.stream().map(t -> t.toLowerCase(Locale.ROOT))
        .allMatch(t -> privateOccupations.contains(t.substring(t.lastIndexOf(' ') + 1)));
  }

  /**
   * "Org's field coordinator in Town, X", "Ruritania's president, X", "the Ruritanian president,
   * X", "Its secretary-general, X" and "Ana Ruiz's spokeswoman, X": a title phrase set off before
   * the name; the employer when an organisation or country owns it by name.
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
    while (start >= 0 && titles.isTitleWord(s.token(start))) {
      start--;
    }
    int owner = start;
    start++;
    if (start > end || owner < 0) {
      return;
    }
    boolean its = s.token(owner).pos().equals("PRP$");
    boolean possessive = s.token(owner).pos().equals("POS");
    EntityMention org = possessive ? s.entityEndingAt(owner - 1) : s.entityEndingAt(owner);
    boolean named = possessive && RelationSentence.isCountryOrOrg(org);
    boolean nationality = !possessive && org != null && org.type() == EntityType.NATIONALITY && s.firstToken(org) >= 1
        && s.token(s.firstToken(org) - 1).pos().equals("DT");
    boolean definite = s.token(owner).word().equalsIgnoreCase("the") && end - start <= 2 && closesApposition(s, person);
    if (s.token(owner).word().equalsIgnoreCase("its")) {
      org = s.organisationBefore(owner); // "Tidewater Bank's profits fell and its chairman, X, ..."
    }
    // "Ana Ruiz's spokeswoman, Bo Lund": any name owns the post; only an organisation or country employs
    boolean owned = possessive && owner >= 1 && (org != null || s.token(owner - 1).pos().startsWith("NNP"));
    if (!its && !owned && !nationality && !definite) {
      return;
    }
    boolean employs = its || named || nationality;
    add(s, person, titles.clean(s, start, end), employs ? org : null, "title-before-name", found);
  }

  /** "the doctor, Ana Ruiz." : the name closes the apposition (a comma or the sentence end follows). */
  private static boolean closesApposition(RelationSentence s, EntityMention person) {
    int next = s.lastToken(person) + 1;
    return next >= s.tokens().size() || s.token(next).word().equals(",") || s.token(next).word().equals(".");
  }

  /**
   * "Inspector X of the Harbour Police", "President X of Ruritania": the organisation or country
   * in an "of" phrase right after the name.
   */
  private static EntityMention organisationOfAfter(RelationSentence s, int i) {
    if (i + 1 >= s.tokens().size() || !s.token(i).word().equals("of")) {
      return null;
    }
    EntityMention org = s.entityStartingAt(s.token(i + 1).pos().equals("DT") ? i + 2 : i + 1);
    return RelationSentence.isCountryOrOrg(org) ? org : null;
  }

  /** "Norway's", "Norway" or "Norwegian" right before the title; a city or state before an executive post. */
  private static EntityMention employerBefore(RelationSentence s, int titleStart, boolean executive) {
    int i = titleStart - 1;
    if (i >= 0 && s.token(i).pos().equals("POS")) {
      i--;
    }
    EntityMention e = s.entityEndingAt(i);
    boolean owner = RelationSentence.isCountryOrOrg(e) || e != null && e.type() == EntityType.NATIONALITY;
    return owner || executive && Titles.isCityOrState(e) ? e : null;
  }

  private String employerName(RelationSentence s, EntityMention e) {
    return e.type() == EntityType.NATIONALITY ? s.countryOf(e.text(), demonyms) : e.canonical();
  }

  /** "X, a trade minister of Freedonia", "X, the head of research at Y": title and employer after a comma. */
  private void apposition(RelationSentence s, EntityMention person, List<Relation> found) {
    AppositionRoles.Role role = appositions.after(s, person);
    if (role != null) {
      add(s, person, role.titled(), role.employer(), "title-apposition", found);
      if (role.origin() != null && !role.titled().titles().isEmpty()) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_ORIGIN, role.origin().canonical(), "origin-from", 0.8));
      }
    }
  }
}
