package newsfacts.model;

import java.util.List;

/**
 * One coreference chain: the mentions an annotator took to refer to the same thing ("Ana Ruiz",
 * "she", "the minister") and the one it chose to stand for them ({@code representative}, one of
 * {@code mentions}, usually the first full name). Spans are character offsets into the article.
 */
public record CorefChain(CharSpan representative, List<CharSpan> mentions) {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }

  /** Whether a mention of the chain lies inside {@code phrase} and covers {@code head}. */
  public boolean hasMentionAt(CharSpan phrase, CharSpan head) {
    return mentions.stream().anyMatch(m -> m.overlaps(phrase) && m.contains(head));
  }
}
