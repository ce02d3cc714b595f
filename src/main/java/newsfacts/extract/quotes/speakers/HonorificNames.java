package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * Surnames shared by two people of the article, told apart by the honorific before them. In "Tom
 * Hale and Ann Hale ... Mrs. Hale said", the surname may have been linked to Tom Hale; a female
 * honorific before it contradicts his first name's gender, so the mention goes to the one person of
 * that surname whose first name agrees (Ann Hale). When there is none and the name also follows
 * honorifics of the other gender (two people merged into one), it is "Mrs. Hale".
 */
final class HonorificNames {
  private static final int HONORIFIC_REACH = 6;

  private HonorificNames() {}

  /** The article's mentions, with surnames after a contradicting honorific re-linked. */
  static List<EntityMention> relink(String text, List<EntityMention> entities, SpeakerWords words) {
    Set<String> persons = new LinkedHashSet<>();
    Map<String, Set<Gender>> honorificsOf = new HashMap<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON) {
        persons.add(e.canonical());
        String honorific = honorific(text, e, words);
        if (honorific != null) {
          honorificsOf.computeIfAbsent(e.canonical(), k -> new HashSet<>()).add(genderOf(honorific, words));
        }
      }
    }
    List<EntityMention> result = new ArrayList<>(entities.size());
    for (EntityMention e : entities) {
      String honorific = e.type() == EntityType.PERSON ? honorific(text, e, words) : null;
      Gender said = honorific == null ? Gender.UNKNOWN : genderOf(honorific, words);
      if (said.agreesWith(firstNameGender(e.canonical(), words))) {
        result.add(e);
        continue;
      }
      String surname = lastWord(e.text());
      String other = namesake(e.canonical(), surname, said, persons, words);
      // "Mr. Hale" and "Mrs. Hale" both linked to Anna Hale, and no man of that name: "Mr. Hale".
      boolean merged = honorificsOf.getOrDefault(e.canonical(), Set.of()).size() > 1;
      other = other == null && merged ? honorific + " " + surname : other;
      result.add(other == null ? e : e.withCanonical(other));
    }
    return result;
  }

  /** "Mrs." or "Mr." as written right before the mention or at its start, or null. */
  private static String honorific(String text, EntityMention e, SpeakerWords words) {
    String before = text.substring(Math.max(0, e.span().begin() - HONORIFIC_REACH), e.span().begin());
    String[] previous = before.endsWith(" ") ? before.trim().split("\\s+") : new String[] {""};
    String outside = previous[previous.length - 1];
    String inside = e.text().trim().split("\\s+")[0];
    return isHonorific(outside, words) ? outside : isHonorific(inside, words) ? inside : null;
  }

  private static boolean isHonorific(String word, SpeakerWords words) {
    return genderOf(word, words) != Gender.UNKNOWN;
  }

  private static Gender genderOf(String honorific, SpeakerWords words) {
    String word = honorific.toLowerCase(Locale.ROOT);
    return Gender.of(words.maleHonorifics().contains(word) ? 1 : 0, words.femaleHonorifics().contains(word) ? 1 : 0);
  }

  private static Gender firstNameGender(String canonical, SpeakerWords words) {
    String first = canonical.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return Gender.of(words.maleFirstNames().contains(first) ? 1 : 0, words.femaleFirstNames().contains(first) ? 1 : 0);
  }

  /** The other person with that last name whose first name does not contradict the honorific (one first name). */
  private static String namesake(String canonical, String surname, Gender gender, Set<String> persons,
      SpeakerWords words) {
    String found = null;
    for (String person : persons) {
      if (!person.equals(canonical) && person.contains(" ") && lastWord(person).equals(surname)
          && gender.agreesWith(firstNameGender(person, words))) {
        if (found != null && !firstWord(found).equals(firstWord(person))) {
          return null;
        }
        found = found == null ? person : found;
      }
    }
    return found;
  }

  private static String firstWord(String name) {
    return name.trim().split("\\s+")[0];
  }

  private static String lastWord(String name) {
    String[] words = name.trim().split("\\s+");
    return words[words.length - 1];
  }
}
