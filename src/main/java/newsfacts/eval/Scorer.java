package newsfacts.eval;

import newsfacts.tables.TableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores one table set against another. It reads only tables, never runs a model, so it serves
 * for system-versus-gold and annotator-versus-annotator alike. Only articles listed in the
 * reference (its documents.csv, else any of its tables) are scored; a layer whose reference
 * table is absent is skipped.
 */
public final class Scorer {

  /** The headline metric of each layer, used for the per-document breakdown and the summary. */
  public static final Map<String, String> HEADLINE =
      Map.of("entities", "strict", "dates", "value", "quotes", "end_to_end_0.3", "relations", "triple",
          "documents", "doc_date");

  public record Report(List<ScoreRow> scores, List<ErrorRow> errors, Map<String, Map<String, Counts>> byDocument) {}

  public Report score(TableSet gold, TableSet pred) {
    Set<String> docs = documentsOf(gold);
    List<ScoreRow> scores = new ArrayList<>();
    List<ErrorRow> errors = new ArrayList<>();
    Map<String, Map<String, Counts>> byDocument = new TreeMap<>();
    List<LayerScore> layers = new ArrayList<>();
    gold.documents().ifPresent(g -> layers.add(DocumentScorer.score(g, within(pred.documents(), docs, Items.Document::docId))));
    gold.entities().ifPresent(g -> layers.add(
        EntityScorer.score(within(g, docs, Items.Entity::docId), within(pred.entities(), docs, Items.Entity::docId))));
    gold.dates().ifPresent(g -> layers.add(
        DateScorer.score(within(g, docs, Items.Date::docId), within(pred.dates(), docs, Items.Date::docId))));
    gold.quotes().ifPresent(g -> layers.add(
        QuoteScorer.score(within(g, docs, Items.Quote::docId), within(pred.quotes(), docs, Items.Quote::docId))));
    gold.relations().ifPresent(g -> layers.add(
        RelationScorer.score(within(g, docs, Items.Relation::docId), within(pred.relations(), docs, Items.Relation::docId))));
    for (LayerScore layer : layers) {
      scores.addAll(layer.scores());
      errors.addAll(layer.errors());
      if (!layer.scores().isEmpty()) {
        byDocument.put(layer.scores().get(0).layer(), layer.byDocument());
      }
    }
    return new Report(scores, errors, byDocument);
  }

  public static Set<String> documentsOf(TableSet gold) {
    Set<String> docs = new TreeSet<>();
    if (gold.documents().isPresent()) {
      gold.documents().get().forEach(d -> docs.add(d.docId()));
      return docs;
    }
    gold.entities().ifPresent(l -> l.forEach(e -> docs.add(e.docId())));
    gold.dates().ifPresent(l -> l.forEach(e -> docs.add(e.docId())));
    gold.quotes().ifPresent(l -> l.forEach(e -> docs.add(e.docId())));
    gold.relations().ifPresent(l -> l.forEach(e -> docs.add(e.docId())));
    return docs;
  }

  private static <T> List<T> within(Optional<List<T>> items, Set<String> docs, Function<T, String> docId) {
    return within(items.orElse(List.of()), docs, docId);
  }

  /** Reference rows too: rows of an article missing from documents.csv are not scored on either side. */
  private static <T> List<T> within(List<T> items, Set<String> docs, Function<T, String> docId) {
    return items.stream().filter(i -> docs.contains(docId.apply(i))).toList();
  }
}
