package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * "his Freedonian counterpart Ana Ruiz", "her Ostravian counterpart, Bo Lund": the person holds the
 * same post for the country the nationality (or a country's possessive) names, so that country
 * employs them; the post itself is not written, so no title.
 */
final class Counterparts {
  private final Set<String> nouns = WordLists.set("counterpart-nouns.txt");
  private final Map<String, String> demonyms;

  Counterparts(Map<String, String> demonyms) {
    this.demonyms = demonyms;
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    for (EntityMention person : s.entities) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      int noun = s.firstToken(person) - 1;
      if (noun >= 0 && s.token(noun).word().equals(",")) {
        noun--;
      }
      if (noun < 1 || !nouns.contains(s.token(noun).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int before = noun - 1;
      if (s.token(before).pos().equals("POS") && before >= 1) {
        before--; // "Ostravia's counterpart"
      }
      EntityMention nation = s.entityEndingAt(before);
      String country = nation == null ? null
          : nation.type() == EntityType.NATIONALITY ? s.countryOf(nation.text(), demonyms)
          : nation.hasSubtype(LocationSubtype.COUNTRY) ? nation.canonical() : null;
      if (country != null) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, country, "counterpart", 0.75));
      }
    }
    return found;
  }
}
