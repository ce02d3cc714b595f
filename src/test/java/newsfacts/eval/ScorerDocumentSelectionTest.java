package newsfacts.eval;

import static newsfacts.eval.Make.document;
import static newsfacts.eval.Make.entity;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsfacts.model.AnnotationSet;
import newsfacts.model.TableLayer;
import org.junit.jupiter.api.Test;

/** Which articles and layers the Scorer scores: those of the reference, on both sides alike. */
class ScorerDocumentSelectionTest {
  /** A table set with a documents and an entities table; null for a table that is absent. */
  private static AnnotationSet tables(List<Make.InDoc> documents, List<Make.InDoc> entities) {
    List<Make.InDoc> records = new ArrayList<>();
    List<TableLayer> layers = new ArrayList<>();
    if (documents != null) {
      records.addAll(documents);
      layers.add(TableLayer.DOCUMENTS);
    }
    if (entities != null) {
      records.addAll(entities);
      layers.add(TableLayer.ENTITIES);
    }
    return Make.set(records, layers.toArray(TableLayer[]::new));
  }

  @Test
  void predictionsForArticlesOutsideTheReferenceAreIgnored() {
    AnnotationSet gold = tables(List.of(document("d1", "")), List.of(entity("d1", 0, 3, "ORGANIZATION")));
    AnnotationSet pred = tables(null, List.of(entity("d1", 0, 3, "ORGANIZATION"), entity("d9", 0, 3, "ORGANIZATION")));
    assertCounts(1, 0, 0, row(new Scorer().score(gold, pred).scores(), "entities", "strict", "ALL")); // d9 not scored
  }

  /**
   * Bug fixed: reference rows of an article missing from the reference's documents.csv were
   * scored while the predictions for it were dropped, so a perfect system got (1, 0, 1), F1
   * 0.6667. Only the listed articles are scored now, on both sides: (1, 0, 0).
   */
  @Test
  void referenceRowsForArticlesOutsideDocumentsCsvAreNotScored() {
    AnnotationSet gold = tables(List.of(document("d1", "")),
        List.of(entity("d1", 0, 3, "ORGANIZATION"), entity("d9", 0, 3, "ORGANIZATION")));
    AnnotationSet pred = tables(null, List.of(entity("d1", 0, 3, "ORGANIZATION"), entity("d9", 0, 3, "ORGANIZATION")));
    Scorer.Report report = new Scorer().score(gold, pred);
    assertCounts(1, 0, 0, row(report.scores(), "entities", "strict", "ALL"));
    assertEquals(List.of("d1"), List.copyOf(report.byDocument().get("entities").keySet()));
  }

  @Test
  void withoutDocumentsCsvTheReferenceTablesNameTheArticles() {
    AnnotationSet gold = tables(null, List.of(entity("d1", 0, 3, "ORGANIZATION")));
    AnnotationSet pred = tables(List.of(document("d1", "2012")),
        List.of(entity("d1", 0, 3, "ORGANIZATION"), entity("d2", 0, 3, "ORGANIZATION")));
    Scorer.Report report = new Scorer().score(gold, pred);
    assertCounts(1, 0, 0, row(report.scores(), "entities", "strict", "ALL")); // d2 not in the reference
    assertTrue(report.scores().stream().noneMatch(r -> r.layer().equals("documents"))); // no reference table
  }

  @Test
  void aMissingPredictionTableMeansEverythingMissed() {
    AnnotationSet gold = tables(List.of(document("d1", "")), List.of(entity("d1", 0, 3, "ORGANIZATION")));
    AnnotationSet pred = tables(null, null);
    Scorer.Report report = new Scorer().score(gold, pred);
    assertCounts(0, 0, 1, row(report.scores(), "entities", "strict", "ALL"));
    assertCounts(1, 0, 0, row(report.scores(), "documents", "doc_date", "ALL")); // empty doc_date = none predicted
  }
}
