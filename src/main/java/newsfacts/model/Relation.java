package newsfacts.model;

/**
 * A fact between canonical names in a TAC KBP slot; {@code evidence} spans the sentence that
 * states it.
 */
public record Relation(
    String subject, RelationSlot relation, String object, CharSpan evidence, String extractor, double confidence) {}
