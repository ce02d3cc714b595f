package newsfacts.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import newsfacts.annotate.Annotator;
import newsfacts.extract.Document;
import newsfacts.extract.Step;
import newsfacts.model.Layer;

/**
 * Time spent per stage, added up across threads, for the benchmark. Timing wraps the annotator
 * and the steps; the stages themselves know nothing of it.
 */
public final class StageTimes {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final java.util.concurrent.CopyOnWriteArrayList<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The annotator, timed as stage "annotate". */
  public Annotator timed(Annotator annotator) {
    order.addIfAbsent("annotate");
    return article -> {
      long start = System.nanoTime();
      try {
        return annotator.annotate(article);
      } finally {
        add("annotate", start);
      }
    };
  }

  /** Each step, timed under its own name. */
  public List<Step> timed(List<Step> steps) {
    return steps.stream().map(this::timed).toList();
  }

  private Step timed(Step step) {
    order.addIfAbsent(step.name());
    return new Step() {
      @Override
      public String name() {
        return step.name();
      }

      @Override
      public java.util.Set<Layer> needs() {
        return step.needs();
      }

      @Override
      public java.util.Set<Layer> adds() {
        return step.adds();
      }

      @Override
      public Document apply(Document document) {
        long start = System.nanoTime();
        try {
          return step.apply(document);
        } finally {
          add(step.name(), start);
        }
      }
    };
  }

  private void add(String stage, long start) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - start);
  }

  /** Seconds per stage, in pipeline order. */
  public Map<String, Double> seconds() {
    Map<String, Double> result = new LinkedHashMap<>();
    for (String stage : order) {
      LongAdder n = nanos.get(stage);
      result.put(stage, n == null ? 0 : n.sum() / 1e9);
    }
    return result;
  }
}
