package newsfacts.eval;

import java.util.OptionalDouble;

/**
 * True positives, false positives and false negatives; an additive value. Ratios are empty
 * (not 0, not NaN) when nothing was counted in their denominator.
 */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public OptionalDouble precision() {
    return tp + fp == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fp));
  }

  public OptionalDouble recall() {
    return tp + fn == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fn));
  }

  /** 2tp / (2tp + fp + fn); empty when gold and prediction are both empty. */
  public OptionalDouble f1() {
    int denominator = 2 * tp + fp + fn;
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * tp / denominator);
  }
}
