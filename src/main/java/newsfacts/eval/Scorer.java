package newsfacts.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import newsfacts.model.AnnotationSet;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.TableLayer;

/**
 * Scores one table set's contents against another's. It sees only records, never runs a model,
 * so it serves for system-versus-gold and annotator-versus-annotator alike. Only articles listed
 * in the reference (its documents table, else any of its tables) are scored; a layer whose
 * reference table is absent is skipped.
 */
public final class Scorer {

  /** The headline metric of each layer, used for the per-document breakdown and the summary. */
  public static final Map<String, String> HEADLINE =
      Map.of("entities", "strict", "dates", "value", "quotes", "end_to_end_0.3", "relations", "triple",
          "documents", "doc_date");

  private static final Map<TableLayer, Function<List<DocumentPair>, LayerScore>> SCORERS = Map.of(
      TableLayer.DOCUMENTS, DocumentScorer::score, TableLayer.ENTITIES, EntityScorer::score, TableLayer.DATES, DateScorer::score,
      TableLayer.QUOTES, QuoteScorer::score, TableLayer.RELATIONS, RelationScorer::score);

  /**
   * The scores (each with its bootstrap interval), the errors, each layer's headline counts per
   * article, and every row's counts per article for resampling.
   */
  public record Report(List<ScoreRow> scores, List<ErrorRow> errors, Map<String, Map<String, Counts>> byDocument,
      DocumentCounts documentCounts) {}

  public Report score(AnnotationSet gold, AnnotationSet pred) {
    List<DocumentPair> docs =
        documentsOf(gold).stream().map(id -> new DocumentPair(id, gold.document(id), pred.document(id))).toList();
    List<ScoreRow> scores = new ArrayList<>();
    List<ErrorRow> errors = new ArrayList<>();
    Map<String, Map<String, Counts>> byDocument = new TreeMap<>();
    DocumentCounts perDocument = new DocumentCounts(docs.stream().map(DocumentPair::docId).toList());
    for (TableLayer layer : TableLayer.values()) {
      if (!gold.has(layer)) {
        continue;
      }
      LayerScore score = SCORERS.get(layer).apply(docs);
      perDocument.add(docs, SCORERS.get(layer));
      scores.addAll(Bootstrap.withIntervals(score.scores(), perDocument));
      errors.addAll(score.errors());
      byDocument.put(layer.label(), score.byDocument());
    }
    return new Report(scores, errors, byDocument, perDocument);
  }

  /** One article's errors and each layer's headline counts for it, as {@link #score} finds them. */
  public record ArticleScore(List<ErrorRow> errors, Map<String, Counts> headline) {
    public ArticleScore {
      errors = List.copyOf(errors);
      headline = Map.copyOf(headline);
    }
  }

  /**
   * Scores one article on its own, without intervals: matching never crosses articles, so its
   * errors and counts are those {@link #score} gives it (what a report written article by article
   * needs). Only the layers the reference has a table for are scored.
   */
  public static ArticleScore scoreArticle(Set<TableLayer> referenceLayers, DocumentAnnotations gold,
      DocumentAnnotations pred) {
    List<DocumentPair> one = List.of(new DocumentPair(gold.docId(), gold, pred));
    List<ErrorRow> errors = new ArrayList<>();
    Map<String, Counts> headline = new TreeMap<>();
    for (TableLayer layer : TableLayer.values()) {
      if (referenceLayers.contains(layer)) {
        LayerScore score = SCORERS.get(layer).apply(one);
        errors.addAll(score.errors());
        headline.put(layer.label(), score.byDocument().getOrDefault(gold.docId(), Counts.ZERO));
      }
    }
    return new ArticleScore(errors, headline);
  }

  /**
   * The articles a reference covers: those of its documents table, else those of any table. Rows
   * of other articles are not scored, on either side.
   */
  public static Set<String> documentsOf(AnnotationSet gold) {
    Set<String> docs = new TreeSet<>();
    for (DocumentAnnotations doc : gold.documents().values()) {
      if (!gold.has(TableLayer.DOCUMENTS) || doc.docDate().isPresent()) {
        docs.add(doc.docId());
      }
    }
    return docs;
  }
}
