package newsfacts.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import newsfacts.eval.ScoreRow.Interval;

/**
 * 95% confidence intervals by the document-level bootstrap: draw as many articles as were
 * scored, with replacement, recompute each row's figure, and take the 2.5th and 97.5th
 * percentiles of 1,000 such draws (percentile method, nearest rank). Articles, not items, are
 * drawn because items within an article are not independent (one writer, one topic). The seed
 * is fixed, so the same tables give the same intervals; with one article the interval is the
 * figure itself.
 */
final class Bootstrap {
  static final int REPLICATES = 1000;
  static final long SEED = 16;
  private static final double LOW = 0.025;
  private static final double HIGH = 0.975;

  private Bootstrap() {}

  /** The rows with their intervals; every call with the same number of articles draws the same samples. */
  static List<ScoreRow> withIntervals(List<ScoreRow> rows, DocumentCounts counts) {
    int n = counts.docIds().size();
    if (n == 0) {
      return rows;
    }
    double[][] figures = new double[rows.size()][REPLICATES];
    int[] defined = new int[rows.size()];
    Random random = new Random(SEED);
    for (int b = 0; b < REPLICATES; b++) {
      int[] weights = draw(random, n);
      for (int r = 0; r < rows.size(); r++) {
        OptionalDouble figure = counts.ratio(rows.get(r), weights);
        if (figure.isPresent()) {
          figures[r][defined[r]++] = figure.getAsDouble();
        }
      }
    }
    List<ScoreRow> result = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      result.add(rows.get(r).withInterval(interval(Arrays.copyOf(figures[r], defined[r]))));
    }
    return result;
  }

  /** How often each of n articles is drawn in n draws with replacement. */
  static int[] draw(Random random, int n) {
    int[] weights = new int[n];
    for (int i = 0; i < n; i++) {
      weights[random.nextInt(n)]++;
    }
    return weights;
  }

  static Interval interval(double[] figures) {
    if (figures.length == 0) {
      return Interval.NONE;
    }
    Arrays.sort(figures);
    return new Interval(OptionalDouble.of(percentile(figures, LOW)), OptionalDouble.of(percentile(figures, HIGH)));
  }

  /** Nearest rank: the smallest figure with at least a share p of the figures at or below it. */
  private static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
