package newsfacts.extract.relations;

import java.util.Locale;
import java.util.Set;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;

/**
 * A title set off after a person's name, and the employer it names: "X, a trade minister of
 * Freedonia", "X, the head of research at Y", "X, 58, finance director". Not when the phrase
 * lists another titled person ("X, Deputy Minister of Y Z, ...").
 */
final class AppositionRoles {
  /**
   * The cleaned title phrase and its employer (null when none is named); {@code origin} a country
   * the person comes "from" ("X, a career diplomat from Freedonia"), null otherwise.
   */
  record Role(Titles.Found titled, EntityMention employer, EntityMention origin) {}

  private final Titles titles;
  private final Set<String> employerPrepositions;

  AppositionRoles(Titles titles, Set<String> employerPrepositions) {
    this.titles = titles;
    this.employerPrepositions = employerPrepositions;
  }

  /** The title phrase and employer after the person's name, or null when none follows. */
  Role after(RelationSentence s, EntityMention person) {
    int i = s.lastToken(person) + 1;
    int n = s.tokens().size();
    if (i >= n || !s.token(i).word().equals(",")) {
      return null;
    }
    if (i + 2 < n && s.token(i + 1).pos().equals("CD") && s.token(i + 2).word().equals(",")) {
      i += 2; // "X, 58, finance director": the age is set off before the title
    }
    int start = ++i;
    while (i < n && !s.token(i).pos().equals("IN") && !s.token(i).word().equals(",") && !s.token(i).word().equals(".")) {
      i++;
    }
    int end = i - 1;
    boolean role = end >= start && (titles.isTitleWord(s.token(end)) || titles.mentionsFounder(s, start, end));
    if (!role || end - start > 6 || listsAnotherPerson(s, i)) {
      return null;
    }
    int complementEnd = lowerCaseComplement(s, i);
    boolean possessive = s.token(start).pos().equals("PRP$");
    if (complementEnd > i) {
      end = complementEnd;
      i = complementEnd + 1;
    }
    Titles.Found titled = titles.clean(s, start, end);
    EntityMention employer = titled.employer();
    boolean employerFollows = i < n && employerPrepositions.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    for (int j = i; employer == null && j < n && !possessive && !s.token(j).word().equals(",") && !s.token(j).word().equals("."); j++) {
      EntityMention e = s.entityStartingAt(j);
      if (RelationSentence.isCountryOrOrg(e) && (employerFollows || introducedByEmployerPreposition(s, j))) {
        employer = e;
      }
    }
    boolean from = employer != null && employer != titled.employer() && employer.hasSubtype(LocationSubtype.COUNTRY)
        && precedingWord(s, s.firstToken(employer)).equals("from") && !owns(s, employer);
    return from ? new Role(titled, null, employer) : new Role(titled, employer, null);
  }

  /** "minister of the economy": an "of" phrase of lower-case words completes the title; its last token, or -1. */
  private static int lowerCaseComplement(RelationSentence s, int of) {
    int n = s.tokens().size();
    if (of >= n || !s.token(of).word().equals("of")) {
      return -1;
    }
    int j = of + 1;
    while (j < n && j - of <= 4 && Character.isLowerCase(s.token(j).word().charAt(0)) && !s.token(j).pos().equals("IN")
        && !s.token(j).pos().startsWith("VB") && !s.token(j).pos().equals("CC")) {
      j++;
    }
    boolean closed = j >= n || s.token(j).word().equals(",") || s.token(j).word().equals(".");
    return closed && j > of + 1 ? j - 1 : -1;
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

  /** "a lawmaker from Freedonia's Green Party": the country owns what follows, the person is not "from" it. */
  private static boolean owns(RelationSentence s, EntityMention e) {
    int next = s.lastToken(e) + 1;
    return next < s.tokens().size() && s.token(next).pos().equals("POS");
  }

  private static String precedingWord(RelationSentence s, int token) {
    int i = token - 1;
    if (i >= 0 && s.token(i).pos().equals("DT")) {
      i--;
    }
    return i >= 0 ? s.token(i).word().toLowerCase(Locale.ROOT) : "";
  }

  private boolean introducedByEmployerPreposition(RelationSentence s, int token) {
    int i = token - 1;
    if (i >= 0 && s.token(i).pos().equals("DT")) {
      i--;
    }
    return i >= 0 && employerPrepositions.contains(s.token(i).word().toLowerCase(Locale.ROOT));
  }
}
