package newsfacts.model;

import java.util.List;
import java.util.Optional;

/**
 * One article's annotations in one table set (gold, a system's output, an annotator's pass).
 * {@code docDate} is empty when the set has no documents row for the article; records read from
 * tables that lack a column hold a neutral default there (sentence -1, empty canonical name).
 */
public record DocumentAnnotations(
    String docId,
    Optional<DocDate> docDate,
    List<EntityMention> entities,
    List<Timex> dates,
    List<Quote> quotes,
    List<Relation> relations) {
  public DocumentAnnotations {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    relations = List.copyOf(relations);
  }

  public static DocumentAnnotations empty(String docId) {
    return new DocumentAnnotations(docId, Optional.empty(), List.of(), List.of(), List.of(), List.of());
  }
}
