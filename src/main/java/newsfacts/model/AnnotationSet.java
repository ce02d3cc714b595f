package newsfacts.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The contents of a table set: which layers it has a table for (a table may be present and
 * empty) and its articles by doc_id, each with the records of every table in table order.
 */
public record AnnotationSet(Set<TableLayer> layers, SortedMap<String, DocumentAnnotations> documents) {
  public AnnotationSet {
    layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(TableLayer.class) : EnumSet.copyOf(layers));
    documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
  }

  public boolean has(TableLayer layer) {
    return layers.contains(layer);
  }

  /** The article's annotations; empty ones for an article the set does not mention. */
  public DocumentAnnotations document(String docId) {
    DocumentAnnotations found = documents.get(docId);
    return found != null ? found : DocumentAnnotations.empty(docId);
  }

  /** Collects records article by article, in the order they are added. */
  public static final class Builder {
    private final Set<TableLayer> layers = EnumSet.noneOf(TableLayer.class);
    private final Map<String, Records> articles = new TreeMap<>();

    private static final class Records {
      Optional<DocDate> docDate = Optional.empty();
      final List<EntityMention> entities = new ArrayList<>();
      final List<Timex> dates = new ArrayList<>();
      final List<Quote> quotes = new ArrayList<>();
      final List<Relation> relations = new ArrayList<>();
    }

    private Records article(String docId) {
      return articles.computeIfAbsent(docId, id -> new Records());
    }

    public Builder layer(TableLayer layer) {
      layers.add(layer);
      return this;
    }

    /** An article's publication date; the first one given for an article is kept. */
    public Builder docDate(String docId, DocDate docDate) {
      Records a = article(docId);
      if (a.docDate.isEmpty()) {
        a.docDate = Optional.of(docDate);
      }
      return this;
    }

    public Builder entity(String docId, EntityMention entity) {
      article(docId).entities.add(entity);
      return this;
    }

    public Builder date(String docId, Timex date) {
      article(docId).dates.add(date);
      return this;
    }

    public Builder quote(String docId, Quote quote) {
      article(docId).quotes.add(quote);
      return this;
    }

    public Builder relation(String docId, Relation relation) {
      article(docId).relations.add(relation);
      return this;
    }

    public AnnotationSet build() {
      SortedMap<String, DocumentAnnotations> documents = new TreeMap<>();
      articles.forEach((id, a) ->
          documents.put(id, new DocumentAnnotations(id, a.docDate, a.entities, a.dates, a.quotes, a.relations)));
      return new AnnotationSet(layers, documents);
    }
  }
}
