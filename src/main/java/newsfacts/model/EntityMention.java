package newsfacts.model;

import java.util.Optional;

/**
 * A named mention. {@code subtype} is the location's subtype and empty for every other type (a
 * location may lack one too); {@code canonical} is the fullest name of the entity in the article.
 */
public record EntityMention(
    CharSpan span, String text, EntityType type, Optional<LocationSubtype> subtype, int sentence, String canonical) {

  public EntityMention {
    if (type != EntityType.LOCATION && subtype.isPresent()) {
      throw new IllegalArgumentException(type + " mention with a location subtype: " + text);
    }
  }

  /** A mention with no subtype that is its own canonical name. */
  public static EntityMention of(CharSpan span, String text, EntityType type, int sentence) {
    return new EntityMention(span, text, type, Optional.empty(), sentence, text);
  }

  public boolean hasSubtype(LocationSubtype expected) {
    return subtype.isPresent() && subtype.get() == expected;
  }

  public EntityMention withCanonical(String name) {
    return new EntityMention(span, text, type, subtype, sentence, name);
  }

  /** The same mention retyped, without a subtype. */
  public EntityMention withType(EntityType newType) {
    return withType(newType, Optional.empty());
  }

  public EntityMention withType(EntityType newType, Optional<LocationSubtype> newSubtype) {
    return new EntityMention(span, text, newType, newSubtype, sentence, canonical);
  }

  public EntityMention withSubtype(LocationSubtype newSubtype) {
    return withType(type, Optional.of(newSubtype));
  }

  /** The mention over another span of the same sentence; {@code newText} is that span's text. */
  public EntityMention withSpan(CharSpan newSpan, String newText) {
    return new EntityMention(newSpan, newText, type, subtype, sentence, canonical);
  }
}
