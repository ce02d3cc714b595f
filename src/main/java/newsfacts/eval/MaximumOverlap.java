package newsfacts.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The one-to-one pairing of largest total weight (Hungarian assignment, JGraphT's
 * MaximumWeightBipartiteMatching), made deterministic: among the pairings of largest total, the
 * one that takes candidates earliest in preference order. Weights are integers, so totals compare
 * exactly.
 *
 * <p>Design decision: a pairing is built by walking the candidates in preference order and keeping
 * one only when some best pairing still contains every candidate kept so far. When the greedy
 * pairing already has the largest total this keeps exactly the greedy pairs, so scores differ from
 * greedy matching only where greedy lost overlap.
 */
final class MaximumOverlap {
  /** A compatible gold-prediction pair, by list index, and its weight (above zero). */
  record Candidate(int gold, int pred, long weight) {}

  private MaximumOverlap() {}

  /**
   * @param greedy the greedy pairing of {@code candidates}, which are in preference order
   * @return the best pairing, in preference order
   */
  static List<Candidate> choose(List<Candidate> candidates, List<Candidate> greedy) {
    if (greedy.size() == candidates.size()) {
      return greedy; // no two candidates share an item
    }
    long best = total(candidates);
    if (sum(greedy) == best) {
      return greedy;
    }
    List<Candidate> chosen = new ArrayList<>();
    List<Candidate> remaining = new ArrayList<>(candidates);
    long fixed = 0;
    for (Candidate c : candidates) {
      if (!remaining.remove(c)) {
        continue;
      }
      List<Candidate> rest = remaining.stream().filter(o -> o.gold() != c.gold() && o.pred() != c.pred()).toList();
      if (fixed + c.weight() + total(rest) == best) {
        chosen.add(c);
        fixed += c.weight();
        remaining = new ArrayList<>(rest);
      }
    }
    return chosen;
  }

  /** The largest total weight of a one-to-one pairing of the candidates. */
  static long total(List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return 0;
    }
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> golds = new LinkedHashSet<>();
    Set<Integer> preds = new LinkedHashSet<>();
    Map<DefaultWeightedEdge, Candidate> byEdge = new HashMap<>();
    for (Candidate c : candidates) {
      int g = 2 * c.gold();
      int p = 2 * c.pred() + 1;
      golds.add(g);
      preds.add(p);
      graph.addVertex(g);
      graph.addVertex(p);
      DefaultWeightedEdge edge = graph.addEdge(g, p);
      graph.setEdgeWeight(edge, c.weight());
      byEdge.put(edge, c);
    }
    var matching = new MaximumWeightBipartiteMatching<>(graph, golds, preds).getMatching();
    return matching.getEdges().stream().mapToLong(e -> byEdge.get(e).weight()).sum();
  }

  private static long sum(List<Candidate> pairs) {
    return pairs.stream().mapToLong(Candidate::weight).sum();
  }
}
