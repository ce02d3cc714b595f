package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsfacts.extract.NameVariants;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;

/**
 * Acronyms of the last words of an organisation's name ("the HA" for the "Department of Harbour
 * Affairs"), which the tagger can take for a state abbreviation. A place name does not take "the",
 * so an upper-case place mention written after "the" at least once, in an article that names an
 * organisation whose name ends in words with those initials, is that organisation everywhere.
 */
final class TailAcronyms {
  private TailAcronyms() {}

  /** "HA" and "Department of Harbour Affairs": the acronym spells the initials of the last words. */
  static boolean abbreviatesTail(String acronym, String name) {
    int k = acronym.length();
    if (k < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    List<String> words = NameVariants.words(name);
    if (words.size() <= k) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (words.get(words.size() - k + i).charAt(0) != acronym.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static List<EntityMention> retype(AnnotatedArticle doc, List<EntityMention> mentions) {
    Set<String> organisations = new HashSet<>();
    for (EntityMention m : mentions) {
      if (isPlaceAcronym(m) && afterThe(doc.text(), m) && mentions.stream().anyMatch(
          o -> o.type() == EntityType.ORGANIZATION && abbreviatesTail(m.text(), o.text()))) {
        organisations.add(m.text());
      }
    }
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      boolean retype = isPlaceAcronym(m) && organisations.contains(m.text());
      result.add(retype ? m.withType(EntityType.ORGANIZATION) : m);
    }
    return result;
  }

  private static boolean isPlaceAcronym(EntityMention m) {
    return m.type() == EntityType.LOCATION && !m.hasSubtype(LocationSubtype.COUNTRY)
        && m.text().length() >= 2 && m.text().chars().allMatch(Character::isUpperCase);
  }

  private static boolean afterThe(String text, EntityMention m) {
    int begin = m.span().begin();
    return begin >= 4 && text.substring(begin - 4, begin).equalsIgnoreCase("the ");
  }
}
