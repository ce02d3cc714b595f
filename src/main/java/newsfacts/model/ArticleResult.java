package newsfacts.model;

import java.util.List;

/** Everything extracted from one article (and its text): the rows it contributes to each table. */
public record ArticleResult(
    DocumentInfo document,
    String text,
    List<EntityMention> entities,
    List<Timex> dates,
    List<Quote> quotes,
    List<Relation> relations) {
  public ArticleResult {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    relations = List.copyOf(relations);
  }
}
