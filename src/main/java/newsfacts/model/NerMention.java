package newsfacts.model;

/** A raw named-entity mention as the tagger produced it, with its fine-grained tag. */
public record NerMention(CharSpan span, String text, NerTag tag, int sentence) {

  public NerMention withTag(NerTag newTag) {
    return new NerMention(span, text, newTag, sentence);
  }

  /** The mention over another span of the same sentence; {@code newText} is that span's text. */
  public NerMention withSpan(CharSpan newSpan, String newText) {
    return new NerMention(newSpan, newText, tag, sentence);
  }
}
