package newsfacts.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Two systems scored against the same reference, row by row: both figures, the difference B - A,
 * and a paired significance test over articles (approximate randomisation), plus the errors B
 * fixed and those it made that A did not.
 *
 * <p>Approximate randomisation (Noreen 1989; Riezler and Maxwell 2005): if A and B were
 * interchangeable, swapping the two systems' output of any article would not matter. Each of
 * 10,000 shuffles swaps each article with probability 1/2 and recomputes both figures; the p-value
 * is (1 + the shuffles whose |difference| is at least the observed one) / (1 + 10,000), two-sided.
 * The seed is fixed, so the same tables give the same p-values.
 */
public final class Comparison {
  static final int SHUFFLES = 10_000;
  static final long SEED = 16;

  /** One metric of one layer and type, for both systems. */
  public record Row(String layer, String metric, String type, ScoreRow a, ScoreRow b, OptionalDouble difference,
      OptionalDouble pValue) {}

  /** An error A made that B does not ("fixed"), or one B makes that A did not ("broke"). */
  public record Change(String change, ErrorRow error) {}

  private Comparison() {}

  /** Both reports must come from the same reference (the same articles, in the same order). */
  public static List<Row> rows(Scorer.Report a, Scorer.Report b) {
    if (!a.documentCounts().docIds().equals(b.documentCounts().docIds())) {
      throw new IllegalArgumentException("the two reports cover different articles");
    }
    Map<String, ScoreRow[]> byKey = new LinkedHashMap<>();
    a.scores().forEach(r -> byKey.computeIfAbsent(key(r), k -> new ScoreRow[2])[0] = r);
    b.scores().forEach(r -> byKey.computeIfAbsent(key(r), k -> new ScoreRow[2])[1] = r);
    List<Row> rows = new ArrayList<>();
    for (ScoreRow[] pair : byKey.values()) {
      ScoreRow template = pair[0] != null ? pair[0] : pair[1];
      ScoreRow rowA = pair[0] != null ? pair[0] : absent(template);
      ScoreRow rowB = pair[1] != null ? pair[1] : absent(template);
      OptionalDouble difference = rowA.f1().isPresent() && rowB.f1().isPresent()
          ? OptionalDouble.of(rowB.f1().getAsDouble() - rowA.f1().getAsDouble()) : OptionalDouble.empty();
      rows.add(new Row(template.layer(), template.metric(), template.type(), rowA, rowB, difference,
          difference.isPresent() ? pValue(template, a.documentCounts(), b.documentCounts(), difference.getAsDouble())
              : OptionalDouble.empty()));
    }
    return rows;
  }

  /** Errors of A that B does not make, then errors of B that A did not make (as multisets). */
  public static List<Change> changes(Scorer.Report a, Scorer.Report b) {
    List<Change> changes = new ArrayList<>();
    minus(a.errors(), b.errors()).forEach(e -> changes.add(new Change("fixed", e)));
    minus(b.errors(), a.errors()).forEach(e -> changes.add(new Change("broke", e)));
    return changes;
  }

  private static List<ErrorRow> minus(List<ErrorRow> from, List<ErrorRow> taken) {
    Map<ErrorRow, Integer> left = new HashMap<>();
    taken.forEach(e -> left.merge(e, 1, Integer::sum));
    List<ErrorRow> result = new ArrayList<>();
    for (ErrorRow e : from) {
      if (left.getOrDefault(e, 0) > 0) {
        left.merge(e, -1, Integer::sum);
      } else {
        result.add(e);
      }
    }
    return result;
  }

  /** A row a system did not produce (a type it never predicted and the reference lacks): no counts. */
  private static ScoreRow absent(ScoreRow template) {
    Counts zero = Counts.ZERO;
    return new ScoreRow(template.layer(), template.metric(), template.type(), template.kind(), zero, zero.precision(),
        zero.recall(), zero.f1(), ScoreRow.Interval.NONE);
  }

  static OptionalDouble pValue(ScoreRow row, DocumentCounts a, DocumentCounts b, double observed) {
    int n = a.docIds().size();
    Random random = new Random(SEED);
    int atLeast = 0;
    int[] keep = new int[n];
    int[] swap = new int[n];
    for (int s = 0; s < SHUFFLES; s++) {
      for (int i = 0; i < n; i++) {
        boolean swapped = random.nextBoolean();
        keep[i] = swapped ? 0 : 1;
        swap[i] = swapped ? 1 : 0;
      }
      OptionalDouble shuffledA = DocumentCounts.ratio(row, a, keep, b, swap);
      OptionalDouble shuffledB = DocumentCounts.ratio(row, b, keep, a, swap);
      if (shuffledA.isPresent() && shuffledB.isPresent()
          && Math.abs(shuffledB.getAsDouble() - shuffledA.getAsDouble()) >= Math.abs(observed) - 1e-12) {
        atLeast++;
      }
    }
    return OptionalDouble.of((atLeast + 1.0) / (SHUFFLES + 1.0));
  }

  private static String key(ScoreRow r) {
    return r.layer() + "\t" + r.metric() + "\t" + r.type();
  }
}
