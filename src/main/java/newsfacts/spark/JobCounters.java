package newsfacts.spark;

import java.io.Serializable;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors report back beside the outcomes, for the cost model: how often and how long
 * they loaded models, and the task seconds spent on articles for how many tokens.
 */
final class JobCounters implements Serializable {
  private static final long serialVersionUID = 1L;
  final LongAccumulator modelLoads;
  final DoubleAccumulator modelLoadSeconds;
  final DoubleAccumulator modelLoadCpuSeconds;
  final DoubleAccumulator articleSeconds;
  final DoubleAccumulator articleCpuSeconds;
  final LongAccumulator tokens;

  JobCounters(SparkContext context) {
    modelLoads = context.longAccumulator("model loads");
    modelLoadSeconds = context.doubleAccumulator("model load seconds");
    modelLoadCpuSeconds = context.doubleAccumulator("model load CPU seconds");
    articleSeconds = context.doubleAccumulator("article seconds");
    articleCpuSeconds = context.doubleAccumulator("article CPU seconds");
    tokens = context.longAccumulator("tokens");
  }

  /**
   * Two lines for the console: model loads (wall and CPU seconds each), and the task seconds per
   * 1,000 tokens per core, wall (what a loaded core gives) and CPU of the task thread (what a core
   * of its own would give; garbage collection not included).
   */
  String summary() {
    long loads = modelLoads.value();
    long t = tokens.value();
    return String.format(Locale.ROOT,
        "model loads: %d, %.1f s wall and %.1f s CPU each%n"
            + "articles: %d tokens in %.1f task-seconds (%.1f CPU): %.3f s per 1,000 tokens per core (%.3f CPU)",
        loads, perLoad(modelLoadSeconds), perLoad(modelLoadCpuSeconds), t, articleSeconds.value(),
        articleCpuSeconds.value(), perThousand(articleSeconds, t), perThousand(articleCpuSeconds, t));
  }

  private double perLoad(DoubleAccumulator seconds) {
    return modelLoads.value() == 0 ? 0 : seconds.value() / modelLoads.value();
  }

  private static double perThousand(DoubleAccumulator seconds, long tokens) {
    return tokens == 0 ? 0 : seconds.value() * 1000 / tokens;
  }
}
