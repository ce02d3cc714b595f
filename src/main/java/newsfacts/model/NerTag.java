package newsfacts.model;

import java.util.Optional;

/**
 * The tagger's fine-grained named-entity tags (CoreNLP's, which the constant names spell), plus
 * {@link #O} for a token outside any mention and {@link #OTHER} for a tag this list does not know.
 */
public enum NerTag {
  PERSON,
  ORGANIZATION,
  LOCATION,
  CITY,
  STATE_OR_PROVINCE,
  COUNTRY,
  NATIONALITY,
  MISC,
  TITLE,
  RELIGION,
  IDEOLOGY,
  CRIMINAL_CHARGE,
  CAUSE_OF_DEATH,
  DATE,
  TIME,
  DURATION,
  SET,
  MONEY,
  NUMBER,
  ORDINAL,
  PERCENT,
  EMAIL,
  URL,
  HANDLE,
  O,
  OTHER;

  /** The tag written as {@code name}; {@link #OTHER} for an unknown one. */
  public static NerTag of(String name) {
    for (NerTag tag : values()) {
      if (tag != OTHER && tag.name().equals(name)) {
        return tag;
      }
    }
    return OTHER;
  }

  /** A place: LOCATION or one of the gazetteer's place types. */
  public boolean isPlace() {
    return this == LOCATION || placeSubtype().isPresent();
  }

  /** The scheme's subtype a place tag gives by itself: COUNTRY, CITY or STATE_OR_PROVINCE. */
  public Optional<LocationSubtype> placeSubtype() {
    return switch (this) {
      case COUNTRY -> Optional.of(LocationSubtype.COUNTRY);
      case CITY -> Optional.of(LocationSubtype.CITY);
      case STATE_OR_PROVINCE -> Optional.of(LocationSubtype.STATE_OR_PROVINCE);
      default -> Optional.empty();
    };
  }

  /** The TIMEX3 type of a time tag (DATE, TIME, DURATION, SET), else empty. */
  public Optional<TimexType> timexType() {
    return TimexType.fromName(name());
  }
}
