package newsfacts.model;

/** A raw named-entity mention as the tagger produced it, with its fine-grained tag. */
public record NerMention(CharSpan span, String text, String tag, int sentence) {}
