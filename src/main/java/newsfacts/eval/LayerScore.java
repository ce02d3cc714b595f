package newsfacts.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** The scores of one layer, its errors, and its headline metric per document. */
public record LayerScore(List<ScoreRow> scores, List<ErrorRow> errors, Map<String, Counts> byDocument) {

  static final class Builder {
    private final String layer;
    private final List<ScoreRow> scores = new ArrayList<>();
    private final List<ErrorRow> errors = new ArrayList<>();
    private final Map<String, Counts> byDocument = new TreeMap<>();

    Builder(String layer) {
      this.layer = layer;
    }

    Builder score(String metric, String type, Counts counts) {
      scores.add(ScoreRow.of(layer, metric, type, counts));
      return this;
    }

    Builder accuracy(String metric, String type, int correct, int wrong) {
      scores.add(ScoreRow.accuracy(layer, metric, type, correct, wrong));
      return this;
    }

    /** Mean precision, recall and F1 over the per-type rows of a metric; counts are summed. */
    Builder macro(String metric) {
      List<ScoreRow> perType =
          scores.stream().filter(r -> r.metric().equals(metric) && !r.type().equals("ALL")).toList();
      Counts sum = perType.stream().map(ScoreRow::counts).reduce(Counts.ZERO, Counts::plus);
      scores.add(
          new ScoreRow(layer, metric, "MACRO", ScoreRow.Kind.MACRO, sum, mean(perType, ScoreRow::precision),
              mean(perType, ScoreRow::recall), mean(perType, ScoreRow::f1), ScoreRow.Interval.NONE));
      return this;
    }

    private static OptionalDouble mean(List<ScoreRow> rows, java.util.function.Function<ScoreRow, OptionalDouble> f) {
      return rows.stream().map(f).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }

    Builder error(String docId, String error, int start, int end, String text, String expected, String got) {
      errors.add(new ErrorRow(layer, docId, error, start, end, text, expected, got));
      return this;
    }

    Builder document(String docId, Counts counts) {
      byDocument.merge(docId, counts, Counts::plus);
      return this;
    }

    LayerScore build() {
      return new LayerScore(scores, errors, byDocument);
    }
  }
}
