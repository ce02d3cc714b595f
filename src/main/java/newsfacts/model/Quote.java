package newsfacts.model;

import java.util.Optional;

/**
 * Reported speech. {@code speakerMention} is the mention of the source nearest the quote (empty
 * when no source is stated); {@code speaker} is the source's canonical name.
 */
public record Quote(
    CharSpan span,
    String text,
    QuoteKind kind,
    Optional<CharSpan> speakerMention,
    String speakerText,
    String speaker,
    String cue,
    int sentence) {}
