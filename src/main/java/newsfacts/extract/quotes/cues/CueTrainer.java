package newsfacts.extract.quotes.cues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plain L2-regularised logistic regression by AdaGrad over labelled feature lists. Features seen
 * fewer than {@code minCount} times are dropped, and weights that round to zero are not kept, so
 * the stored model stays small (a few thousand weights).
 */
public final class CueTrainer {
  /** One verb: its features and whether the gold names it as a cue. */
  public record Example(List<String> features, boolean cue) {}

  private final int epochs;
  private final double rate;
  private final double l2;
  private final int minCount;

  public CueTrainer(int epochs, double rate, double l2, int minCount) {
    this.epochs = epochs;
    this.rate = rate;
    this.l2 = l2;
    this.minCount = minCount;
  }

  public Map<String, Double> train(List<Example> examples, long seed) {
    Map<String, Integer> counts = new HashMap<>();
    examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> squares = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        List<String> kept = e.features().stream().filter(f -> counts.get(f) >= minCount).toList();
        double sum = kept.stream().mapToDouble(f -> w.getOrDefault(f, 0.0)).sum();
        double gradient = 1 / (1 + Math.exp(-sum)) - (e.cue() ? 1 : 0);
        for (String f : kept) {
          double old = w.getOrDefault(f, 0.0);
          double g = gradient + l2 * old;
          double s = squares.merge(f, g * g, Double::sum);
          w.put(f, old - rate * g / Math.sqrt(s + 1e-8));
        }
      }
    }
    w.values().removeIf(v -> Math.abs(v) < 0.02);
    return w;
  }
}
