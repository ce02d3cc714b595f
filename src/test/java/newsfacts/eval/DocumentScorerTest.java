package newsfacts.eval;

import static newsfacts.eval.Make.document;
import static newsfacts.eval.Make.pairs;
import static newsfacts.eval.ScoreRows.assertCounts;
import static newsfacts.eval.ScoreRows.assertRatios;
import static newsfacts.eval.ScoreRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Publication dates: accuracy over the reference's documents. */
class DocumentScorerTest {
  @Test
  void docDateAccuracyOverTheReferenceDocuments() {
    var gold = List.of(document("d1", "2012-06-06"), document("d2", "2012-06"), document("d3", ""),
        document("d4", "2013"));
    var pred = List.of(document("d1", "2012-06-06"), document("d2", "2012-06-01"), document("d3", ""));
    LayerScore s = DocumentScorer.score(pairs(gold, pred));
    // d1 right; d2 wrong (more precise is still different); d3 right (both empty); d4 not predicted: wrong
    assertCounts(2, 2, 0, row(s, "doc_date", "ALL"));
    assertRatios(0.5, 0.5, 0.5, row(s, "doc_date", "ALL")); // 2 / 4
    assertEquals(new Counts(0, 1, 0), s.byDocument().get("d4"));
    assertEquals(List.of("d2", "d4"), s.errors().stream().map(ErrorRow::docId).toList());
  }
}
