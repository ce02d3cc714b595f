package newsfacts.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matching: every gold item matches at most one prediction and vice versa. Among
 * compatible pairs (affinity above zero) the best affinity wins; ties go to the earlier gold
 * item, then the earlier prediction, so the result does not depend on hash order.
 */
public final class OneToOne {
  private OneToOne() {}

  record Pair<G, P>(G gold, P pred) {}

  record Matching<G, P>(List<Pair<G, P>> pairs, List<G> missed, List<P> spurious) {
    Counts counts() {
      return new Counts(pairs.size(), spurious.size(), missed.size());
    }
  }

  static <G, P> Matching<G, P> match(List<G> gold, List<P> pred, ToDoubleBiFunction<G, P> affinity) {
    record Candidate(int g, int p, double affinity) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        double a = affinity.applyAsDouble(gold.get(g), pred.get(p));
        if (a > 0) {
          candidates.add(new Candidate(g, p, a));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::affinity).reversed()
            .thenComparingInt(Candidate::g)
            .thenComparingInt(Candidate::p));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    List<Pair<G, P>> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.g()] && !predUsed[c.p()]) {
        goldUsed[c.g()] = true;
        predUsed[c.p()] = true;
        pairs.add(new Pair<>(gold.get(c.g()), pred.get(c.p())));
      }
    }
    List<G> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldUsed[g]) {
        missed.add(gold.get(g));
      }
    }
    List<P> spurious = new ArrayList<>();
    for (int p = 0; p < pred.size(); p++) {
      if (!predUsed[p]) {
        spurious.add(pred.get(p));
      }
    }
    return new Matching<>(pairs, missed, spurious);
  }
}
