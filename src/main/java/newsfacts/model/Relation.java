package newsfacts.model;

/**
 * A fact between canonical names, with TAC KBP slot names; {@code evidence} spans the sentence
 * that states it.
 */
public record Relation(
    String subject, String relation, String object, CharSpan evidence, String extractor, double confidence) {}
