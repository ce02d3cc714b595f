package newsfacts.model;

/**
 * A named mention. {@code subtype} is COUNTRY, CITY, STATE_OR_PROVINCE, REGION or FACILITY for
 * locations and empty otherwise; {@code canonical} is the fullest name of the entity in the article.
 */
public record EntityMention(
    CharSpan span, String text, EntityType type, String subtype, int sentence, String canonical) {

  public EntityMention withCanonical(String name) {
    return new EntityMention(span, text, type, subtype, sentence, name);
  }
}
