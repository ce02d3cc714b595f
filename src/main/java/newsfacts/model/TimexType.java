package newsfacts.model;

import java.util.Optional;

/** The TIMEX3 types of a time expression; the constant names are the written names. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET;

  /** The type written as {@code name} ("DURATION"), or empty for anything else. */
  public static Optional<TimexType> fromName(String name) {
    for (TimexType type : values()) {
      if (type.name().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
