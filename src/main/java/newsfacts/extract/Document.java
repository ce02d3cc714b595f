package newsfacts.extract;

import java.util.List;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/**
 * One article as the extraction steps see it: what the annotator found, and the layers the steps
 * have added so far. Each step returns a copy with its own layer filled in.
 */
public record Document(
    AnnotatedArticle annotated,
    List<EntityMention> entities,
    List<Timex> dates,
    List<Quote> quotes,
    List<Relation> relations) {

  public Document {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    relations = List.copyOf(relations);
  }

  /** A document no step has touched yet. */
  public static Document of(AnnotatedArticle annotated) {
    return new Document(annotated, List.of(), List.of(), List.of(), List.of());
  }

  public String text() {
    return annotated.text();
  }

  public Document withEntities(List<EntityMention> newEntities) {
    return new Document(annotated, newEntities, dates, quotes, relations);
  }

  public Document withDates(List<Timex> newDates) {
    return new Document(annotated, entities, newDates, quotes, relations);
  }

  public Document withQuotes(List<Quote> newQuotes) {
    return new Document(annotated, entities, dates, newQuotes, relations);
  }

  public Document withRelations(List<Relation> newRelations) {
    return new Document(annotated, entities, dates, quotes, newRelations);
  }
}
