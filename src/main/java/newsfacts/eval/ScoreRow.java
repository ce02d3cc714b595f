package newsfacts.eval;

import java.util.OptionalDouble;

/**
 * One line of scores.csv: a metric of a layer for one type ("ALL" for the micro average over
 * types, "MACRO" for the mean of per-type figures). For accuracy metrics tp counts correct and
 * fp wrong attributes among matched items, and precision, recall and f1 all hold the accuracy.
 */
public record ScoreRow(
    String layer, String metric, String type, Counts counts, OptionalDouble precision, OptionalDouble recall,
    OptionalDouble f1) {

  static ScoreRow of(String layer, String metric, String type, Counts counts) {
    return new ScoreRow(layer, metric, type, counts, counts.precision(), counts.recall(), counts.f1());
  }

  static ScoreRow accuracy(String layer, String metric, String type, int correct, int wrong) {
    Counts counts = new Counts(correct, wrong, 0);
    OptionalDouble accuracy = counts.precision();
    return new ScoreRow(layer, metric, type, counts, accuracy, accuracy, accuracy);
  }
}
