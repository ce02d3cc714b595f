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
  final DoubleAccumulator articleSeconds;
  final LongAccumulator tokens;

  JobCounters(SparkContext context) {
    modelLoads = context.longAccumulator("model loads");
    modelLoadSeconds = context.doubleAccumulator("model load seconds");
    articleSeconds = context.doubleAccumulator("article seconds");
    tokens = context.longAccumulator("tokens");
  }

  /** One line for the console: loads, seconds per load, and seconds per 1,000 tokens per core. */
  String summary() {
    long loads = modelLoads.value();
    long t = tokens.value();
    return String.format(Locale.ROOT,
        "executors loaded the models %d time(s), %.1f s each; articles took %.1f task-seconds for %d tokens:"
            + " %.3f s per 1,000 tokens per core",
        loads, loads == 0 ? 0 : modelLoadSeconds.value() / loads, articleSeconds.value(), t,
        t == 0 ? 0 : articleSeconds.value() * 1000 / t);
  }
}
