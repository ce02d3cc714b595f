package newsfacts.extract.quotes.speakers;

/** Grammatical gender of a person or a pronoun, as far as the article tells. */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Two genders agree unless both are known and differ. */
  boolean agreesWith(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  /** The gender with more evidence; a tie is unknown. */
  static Gender of(int male, int female) {
    if (male > female) {
      return MALE;
    }
    return female > male ? FEMALE : UNKNOWN;
  }
}
