package newsfacts.model;

import java.util.List;

/**
 * What the annotator found in one article, in our own types. {@code corefChains} is empty unless
 * the configuration runs coreference (off by default).
 */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<NerMention> nerMentions,
    List<Timex> timexes,
    List<CorefChain> corefChains) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    nerMentions = List.copyOf(nerMentions);
    timexes = List.copyOf(timexes);
    corefChains = List.copyOf(corefChains);
  }

  /** An article annotated without coreference. */
  public AnnotatedArticle(Article article, List<Sentence> sentences, List<NerMention> nerMentions, List<Timex> timexes) {
    this(article, sentences, nerMentions, timexes, List.of());
  }

  /** The publication date the article carries; relative dates were anchored to it. */
  public DocDate docDate() {
    return article.date();
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** The sentence containing the character offset, or -1. */
  public int sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
