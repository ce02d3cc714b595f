package newsfacts.model;

import java.util.List;

/**
 * Everything extracted from one article (and its text): the rows it contributes to each table,
 * and the annotator's sentences and tokens (for token-level formats such as CoNLL; empty when
 * the result was not built from an annotation).
 */
public record ArticleResult(
    DocumentInfo document,
    String text,
    List<EntityMention> entities,
    List<Timex> dates,
    List<Quote> quotes,
    List<Relation> relations,
    List<Sentence> sentences) {
  public ArticleResult {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    relations = List.copyOf(relations);
    sentences = List.copyOf(sentences);
  }

  /** A result without sentences. */
  public ArticleResult(DocumentInfo document, String text, List<EntityMention> entities, List<Timex> dates,
      List<Quote> quotes, List<Relation> relations) {
    this(document, text, entities, dates, quotes, relations, List.of());
  }
}
