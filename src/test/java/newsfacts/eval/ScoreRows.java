package newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

/** Looks up score rows and compares them with hand-worked figures. */
public final class ScoreRows {
  static final double EPS = 1e-9;

  private ScoreRows() {}

  static ScoreRow row(List<ScoreRow> rows, String layer, String metric, String type) {
    List<ScoreRow> found = rows.stream()
        .filter(r -> r.layer().equals(layer) && r.metric().equals(metric) && r.type().equals(type)).toList();
    assertEquals(1, found.size(), () -> "rows for " + layer + " " + metric + " " + type + " in " + rows);
    return found.get(0);
  }

  static ScoreRow row(LayerScore layer, String metric, String type) {
    return row(layer.scores(), layer.scores().get(0).layer(), metric, type);
  }

  static void assertCounts(int tp, int fp, int fn, ScoreRow row) {
    assertEquals(new Counts(tp, fp, fn), row.counts(), () -> row.layer() + " " + row.metric() + " " + row.type());
  }

  /** Precision, recall and F1; null for a ratio that must be empty. */
  static void assertRatios(Double precision, Double recall, Double f1, ScoreRow row) {
    assertRatio(precision, row.precision(), row + " precision");
    assertRatio(recall, row.recall(), row + " recall");
    assertRatio(f1, row.f1(), row + " f1");
  }

  static void assertRatio(Double expected, OptionalDouble actual, String what) {
    if (expected == null) {
      assertFalse(actual.isPresent(), what + " should be empty");
    } else {
      assertTrue(actual.isPresent(), what + " should be present");
      assertEquals(expected, actual.getAsDouble(), EPS, what);
    }
  }
}
