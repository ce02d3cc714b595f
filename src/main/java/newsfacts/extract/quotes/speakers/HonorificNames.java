package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * Surnames shared by two people of the article, told apart by the honorific before them. In "Tom
 * Hale and Ann Hale ... Mrs. Hale said", the surname may have been linked to Tom Hale; a female
 * honorific before it contradicts his first name's gender, so the mention goes to the one person of
 * that surname whose first name agrees (Ann Hale). Nothing changes when no such person exists or
 * when two do.
 */
final class HonorificNames {
  private static final int HONORIFIC_REACH = 6;

  private HonorificNames() {}

  /** The article's mentions, with surnames after a contradicting honorific re-linked. */
  static List<EntityMention> relink(String text, List<EntityMention> entities, SpeakerWords words) {
    Set<String> persons = new LinkedHashSet<>();
    entities.stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> persons.add(e.canonical()));
    List<EntityMention> result = new ArrayList<>(entities.size());
    for (EntityMention e : entities) {
      Gender said = e.type() == EntityType.PERSON ? honorificGender(text, e, words) : Gender.UNKNOWN;
      String other = said == Gender.UNKNOWN || said.agreesWith(firstNameGender(e.canonical(), words))
          ? null : namesake(e.canonical(), said, persons, words);
      result.add(other == null ? e : e.withCanonical(other));
    }
    return result;
  }

  /** "Mrs." or "Mr." right before the mention or at its start. */
  private static Gender honorificGender(String text, EntityMention e, SpeakerWords words) {
    String before = text.substring(Math.max(0, e.span().begin() - HONORIFIC_REACH), e.span().begin());
    String[] previous = before.endsWith(" ") ? before.trim().split("\\s+") : new String[] {""};
    String outside = previous[previous.length - 1].toLowerCase(Locale.ROOT);
    String inside = e.text().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
    boolean male = words.maleHonorifics().contains(outside) || words.maleHonorifics().contains(inside);
    boolean female = words.femaleHonorifics().contains(outside) || words.femaleHonorifics().contains(inside);
    return Gender.of(male ? 1 : 0, female ? 1 : 0);
  }

  private static Gender firstNameGender(String canonical, SpeakerWords words) {
    String first = canonical.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return Gender.of(words.maleFirstNames().contains(first) ? 1 : 0, words.femaleFirstNames().contains(first) ? 1 : 0);
  }

  /** The one other person with the same last name whose first name has the honorific's gender. */
  private static String namesake(String canonical, Gender gender, Set<String> persons, SpeakerWords words) {
    String surname = lastWord(canonical);
    String found = null;
    for (String person : persons) {
      if (!person.equals(canonical) && person.contains(" ") && lastWord(person).equals(surname)
          && firstNameGender(person, words) == gender) {
        if (found != null) {
          return null;
        }
        found = person;
      }
    }
    return found;
  }

  private static String lastWord(String name) {
    String[] words = name.trim().split("\\s+");
    return words[words.length - 1];
  }
}
