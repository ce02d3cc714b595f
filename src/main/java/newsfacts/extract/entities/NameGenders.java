package newsfacts.extract.entities;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.SpeakerWords;

/** The gender an honorific ("Mrs.") or a first name (CoreNLP's name list) gives a person, if any. */
final class NameGenders {
  /** A gender as far as one word tells. */
  enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Two genders agree unless both are known and differ. */
    boolean agreesWith(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  private final SpeakerWords words;

  NameGenders(SpeakerWords words) {
    this.words = words;
  }

  /** The gender of a lower-cased honorific ("mr.", "ms."), unknown for any other word. */
  Gender ofHonorific(String word) {
    return of(words.maleHonorifics(), words.femaleHonorifics(), word);
  }

  /** The gender CoreNLP's name list gives the first word of a full name, unknown when it gives both or none. */
  Gender ofFirstName(String fullName) {
    String first = fullName.split(" ")[0].toLowerCase(Locale.ROOT);
    return of(words.maleFirstNames(), words.femaleFirstNames(), first);
  }

  private static Gender of(Set<String> male, Set<String> female, String word) {
    if (male.contains(word)) {
      return female.contains(word) ? Gender.UNKNOWN : Gender.MALE;
    }
    return female.contains(word) ? Gender.FEMALE : Gender.UNKNOWN;
  }
}
