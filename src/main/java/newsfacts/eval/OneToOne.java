package newsfacts.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import newsfacts.eval.MaximumOverlap.Candidate;

/**
 * One-to-one matching: every gold item matches at most one prediction and vice versa. Among
 * compatible pairs (affinity above zero) the pairing of largest total affinity wins (optimal
 * assignment, not greedy: gold [0,4) and [4,8) with predictions [0,6) and [1,4) pair [0,4)-[1,4)
 * and [4,8)-[0,6), overlap 3 + 2, where greedy takes [0,4)-[0,6) first, overlap 4, and leaves
 * [4,8) unmatched). Affinities count to a millionth. Among pairings of equal total, ties go to the
 * better single pair, then the earlier gold item, then the earlier prediction, so the result does
 * not depend on hash order.
 */
public final class OneToOne {
  private static final double UNITS = 1_000_000;

  private OneToOne() {}

  record Pair<G, P>(G gold, P pred) {}

  record Matching<G, P>(List<Pair<G, P>> pairs, List<G> missed, List<P> spurious) {
    Counts counts() {
      return new Counts(pairs.size(), spurious.size(), missed.size());
    }
  }

  static <G, P> Matching<G, P> match(List<G> gold, List<P> pred, ToDoubleBiFunction<G, P> affinity) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        double a = affinity.applyAsDouble(gold.get(g), pred.get(p));
        if (a > 0) {
          candidates.add(new Candidate(g, p, Math.max(1, Math.round(a * UNITS))));
        }
      }
    }
    candidates.sort(
        Comparator.comparingLong(Candidate::weight).reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::pred));
    List<Candidate> chosen = MaximumOverlap.choose(candidates, greedy(candidates, gold.size(), pred.size()));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    List<Pair<G, P>> pairs = new ArrayList<>();
    for (Candidate c : chosen) {
      goldUsed[c.gold()] = true;
      predUsed[c.pred()] = true;
      pairs.add(new Pair<>(gold.get(c.gold()), pred.get(c.pred())));
    }
    return new Matching<>(pairs, unused(gold, goldUsed), unused(pred, predUsed));
  }

  /** Best pair first: each candidate whose gold item and prediction are both still free. */
  private static List<Candidate> greedy(List<Candidate> candidates, int golds, int preds) {
    boolean[] goldUsed = new boolean[golds];
    boolean[] predUsed = new boolean[preds];
    List<Candidate> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold()] && !predUsed[c.pred()]) {
        goldUsed[c.gold()] = true;
        predUsed[c.pred()] = true;
        pairs.add(c);
      }
    }
    return pairs;
  }

  private static <T> List<T> unused(List<T> items, boolean[] used) {
    List<T> left = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!used[i]) {
        left.add(items.get(i));
      }
    }
    return left;
  }
}
