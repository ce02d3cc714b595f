package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * per:origin and per:countries_of_residence where the text states them: a nationality right
 * before a name ("Freedonian Ana Ruiz") or on an origin noun in apposition ("Ana Ruiz, a
 * Freedonian woman"), the object being the country; and a residence verb with "in" and a country
 * after the person ("Ana Ruiz, who lives in Ruritania", "Ana Ruiz, living in Ruritania").
 */
final class PersonPlaces {
  private final Set<String> residenceVerbs;
  private final Set<String> originNouns;
  private final Map<String, String> demonyms;

  PersonPlaces(RelationWords words, Map<String, String> demonyms) {
    this.residenceVerbs = words.residenceVerbs();
    this.originNouns = words.originNouns();
    this.demonyms = demonyms;
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    for (EntityMention person : s.entities) {
      if (person.type() == EntityType.PERSON) {
        origin(s, person, found);
        residence(s, person, found);
      }
    }
    return found;
  }

  private void origin(RelationSentence s, EntityMention person, List<Relation> found) {
    EntityMention before = s.entityEndingAt(s.firstToken(person) - 1);
    EntityMention nationality = before != null && before.type() == EntityType.NATIONALITY ? before : null;
    if (nationality == null) {
      nationality = originAfter(s, skipEmployer(s, s.lastToken(person) + 1));
    }
    if (nationality == null) {
      nationality = originBefore(s, person, found);
    }
    String country = nationality == null ? null : s.countryOf(nationality.text(), demonyms);
    if (country != null) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_ORIGIN, country, "origin", 0.8));
    }
  }

  /** Past "of the Org" right after the name: the apposition follows it. */
  private static int skipEmployer(RelationSentence s, int i) {
    if (i + 1 < s.tokens().size() && s.token(i).word().equals("of")) {
      int j = s.token(i + 1).pos().equals("DT") ? i + 2 : i + 1;
      EntityMention org = s.entityStartingAt(j);
      if (org != null && org.type() == EntityType.ORGANIZATION) {
        return s.lastToken(org) + 1;
      }
    }
    return i;
  }

  /** ", a Freedonian woman" at token i. */
  private EntityMention originAfter(RelationSentence s, int i) {
    if (i + 3 >= s.tokens().size() || !s.token(i).word().equals(",") || !s.token(i + 1).pos().equals("DT")) {
      return null;
    }
    EntityMention e = s.entityStartingAt(i + 2);
    boolean originNoun = originNouns.contains(s.token(i + 3).word().toLowerCase(Locale.ROOT));
    return e != null && e.type() == EntityType.NATIONALITY && originNoun ? e : null;
  }

  /** "A Freedonian refugee in Ruritania, Ana Ruiz, ...": origin, and residence in the country named. */
  private EntityMention originBefore(RelationSentence s, EntityMention person, List<Relation> found) {
    int comma = s.firstToken(person) - 1;
    if (comma < 3 || !s.token(comma).word().equals(",")) {
      return null;
    }
    int noun = comma - 1;
    EntityMention place = s.entityEndingAt(comma - 1);
    if (place != null && place.hasSubtype(LocationSubtype.COUNTRY) && s.token(s.firstToken(place) - 1).word().equals("in")) {
      noun = s.firstToken(place) - 2;
    } else {
      place = null;
    }
    EntityMention e = noun >= 2 ? s.entityEndingAt(noun - 1) : null;
    boolean originNoun = originNouns.contains(s.token(noun).word().toLowerCase(Locale.ROOT));
    if (e == null || e.type() != EntityType.NATIONALITY || !originNoun || s.firstToken(e) < 1
        || !s.token(s.firstToken(e) - 1).pos().equals("DT")) {
      return null;
    }
    if (place != null) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_COUNTRIES_OF_RESIDENCE, place.canonical(), "residence", 0.8));
    }
    return e;
  }

  private void residence(RelationSentence s, EntityMention person, List<Relation> found) {
    int n = s.tokens().size();
    for (int i = s.lastToken(person) + 1; i + 2 < n && i <= s.lastToken(person) + 8; i++) {
      EntityMention other = s.entityStartingAt(i);
      if (other != null && other.type() == EntityType.PERSON) {
        return;
      }
      if (residenceVerbs.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)) && s.token(i + 1).word().equals("in")) {
        EntityMention place = s.entityStartingAt(i + 2);
        if (place != null && place.hasSubtype(LocationSubtype.COUNTRY)) {
          found.add(s.relation(person.canonical(), RelationSlot.PER_COUNTRIES_OF_RESIDENCE, place.canonical(),
              "residence", 0.8));
        }
        return;
      }
    }
  }
}
