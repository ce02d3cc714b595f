package newsfacts.extract.dates;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * The article's entity spans, indexed so that asking whether a date lies inside a name, or right
 * after an event name, costs a binary search rather than a pass over every entity (an article of
 * thousands of names and dates would otherwise take their product).
 */
final class NameSpans {
  private final int[] begins;
  /** The largest end among the spans up to each index, in order of begin. */
  private final int[] maxEnds;
  private final Set<Integer> miscEnds = new HashSet<>();

  NameSpans(List<EntityMention> entities) {
    CharSpan[] spans = entities.stream().map(EntityMention::span).sorted(Comparator.comparingInt(CharSpan::begin))
        .toArray(CharSpan[]::new);
    begins = new int[spans.length];
    maxEnds = new int[spans.length];
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < spans.length; i++) {
      begins[i] = spans[i].begin();
      max = Math.max(max, spans[i].end());
      maxEnds[i] = max;
    }
    for (EntityMention e : entities) {
      if (e.type() == EntityType.MISC) {
        miscEnds.add(e.span().end());
      }
    }
  }

  /** Whether some entity span contains {@code span}. */
  boolean contain(CharSpan span) {
    int i = lastBeginningAtOrBefore(span.begin());
    return i >= 0 && maxEnds[i] >= span.end();
  }

  /** Whether a MISC name ends at {@code offset}. */
  boolean miscEndsAt(int offset) {
    return miscEnds.contains(offset);
  }

  /** The index of the last span (in order of begin) beginning at or before {@code offset}; -1 if none. */
  private int lastBeginningAtOrBefore(int offset) {
    int low = 0;
    int high = begins.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (begins[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }
}
