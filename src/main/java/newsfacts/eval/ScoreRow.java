package newsfacts.eval;

import java.util.OptionalDouble;

/**
 * One line of scores.csv: a metric of a layer for one type ("ALL" for the micro average over
 * types, "MACRO" for the mean of per-type figures). For accuracy metrics tp counts correct and
 * fp wrong attributes among matched items, and precision, recall and f1 all hold the accuracy.
 * {@code interval} is the 95% confidence interval of f1 over resampled documents.
 */
public record ScoreRow(
    String layer, String metric, String type, Kind kind, Counts counts, OptionalDouble precision,
    OptionalDouble recall, OptionalDouble f1, Interval interval) {

  /** How the row's f1 follows from counts: F1, accuracy (tp / (tp + fp)), or a mean over types. */
  public enum Kind { F1, ACCURACY, MACRO }

  /** A range of a ratio; both ends empty when it could not be estimated. */
  public record Interval(OptionalDouble low, OptionalDouble high) {
    public static final Interval NONE = new Interval(OptionalDouble.empty(), OptionalDouble.empty());
  }

  static ScoreRow of(String layer, String metric, String type, Counts counts) {
    return new ScoreRow(layer, metric, type, Kind.F1, counts, counts.precision(), counts.recall(), counts.f1(),
        Interval.NONE);
  }

  static ScoreRow accuracy(String layer, String metric, String type, int correct, int wrong) {
    Counts counts = new Counts(correct, wrong, 0);
    OptionalDouble accuracy = counts.precision();
    return new ScoreRow(layer, metric, type, Kind.ACCURACY, counts, accuracy, accuracy, accuracy, Interval.NONE);
  }

  ScoreRow withInterval(Interval newInterval) {
    return new ScoreRow(layer, metric, type, kind, counts, precision, recall, f1, newInterval);
  }

  /** The same row, its headline ratio recomputed from other counts (not for MACRO rows). */
  OptionalDouble ratioOf(Counts other) {
    return kind == Kind.ACCURACY ? other.precision() : other.f1();
  }
}
