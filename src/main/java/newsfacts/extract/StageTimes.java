package newsfacts.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per extraction step, added up across threads, for the benchmark. */
public final class StageTimes {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  /** Adds the time since {@code start} to the step and returns now, the next step's start. */
  long add(String step, long start) {
    long now = System.nanoTime();
    nanos.computeIfAbsent(step, k -> new LongAdder()).add(now - start);
    return now;
  }

  Map<String, Double> seconds() {
    Map<String, Double> result = new LinkedHashMap<>();
    for (String step : new String[] {"entities", "dates", "quotes", "relations"}) {
      LongAdder n = nanos.get(step);
      result.put(step, n == null ? 0 : n.sum() / 1e9);
    }
    return result;
  }
}
