package newsfacts.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The counts of every score row article by article, so that a figure can be recomputed on a
 * resample of the articles (bootstrap intervals, paired tests between two systems).
 *
 * <p>Design decision: matching never crosses articles, so a row's counts over any multiset of
 * articles are the weighted sum of its per-article counts, and each article is scored on its own
 * once. A MACRO row is recomputed as the mean of its per-type rows' F1 where defined.
 */
public final class DocumentCounts {
  private final List<String> docIds;
  private final Map<String, int[][]> byRow = new HashMap<>();

  DocumentCounts(List<String> docIds) {
    this.docIds = List.copyOf(docIds);
  }

  /** Scores each article alone with a layer's scorer and keeps its counts. */
  void add(List<DocumentPair> docs, Function<List<DocumentPair>, LayerScore> scorer) {
    for (int i = 0; i < docs.size(); i++) {
      for (ScoreRow row : scorer.apply(List.of(docs.get(i))).scores()) {
        if (row.kind() != ScoreRow.Kind.MACRO) {
          Counts c = row.counts();
          byRow.computeIfAbsent(key(row), k -> new int[docIds.size()][])[i] = new int[] {c.tp(), c.fp(), c.fn()};
        }
      }
    }
  }

  public List<String> docIds() {
    return docIds;
  }

  /** A row's counts over the articles, article i counted weights[i] times. */
  Counts sum(ScoreRow row, int[] weights) {
    return sum(key(row), weights);
  }

  /** A row's headline ratio (its f1 column) over the articles, article i counted weights[i] times. */
  OptionalDouble ratio(ScoreRow row, int[] weights) {
    return ratio(row, this, weights, this, new int[weights.length]);
  }

  /**
   * A row's headline ratio over a mix of two systems' articles: article i counted firstWeights[i]
   * times from {@code first} and secondWeights[i] times from {@code second} (a paired shuffle).
   */
  static OptionalDouble ratio(ScoreRow row, DocumentCounts first, int[] firstWeights, DocumentCounts second,
      int[] secondWeights) {
    if (row.kind() != ScoreRow.Kind.MACRO) {
      return row.ratioOf(first.sum(key(row), firstWeights).plus(second.sum(key(row), secondWeights)));
    }
    String prefix = row.layer() + "\t" + row.metric() + "\t";
    TreeSet<String> types = new TreeSet<>(first.byRow.keySet());
    types.addAll(second.byRow.keySet());
    return types.stream()
        .filter(k -> k.startsWith(prefix) && !k.equals(prefix + "ALL"))
        .map(k -> first.sum(k, firstWeights).plus(second.sum(k, secondWeights)).f1())
        .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
  }

  private Counts sum(String key, int[] weights) {
    int[][] perDoc = byRow.get(key);
    if (perDoc == null) {
      return Counts.ZERO;
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < perDoc.length; i++) {
      if (perDoc[i] != null && weights[i] != 0) {
        tp += weights[i] * perDoc[i][0];
        fp += weights[i] * perDoc[i][1];
        fn += weights[i] * perDoc[i][2];
      }
    }
    return new Counts(tp, fp, fn);
  }

  private static String key(ScoreRow row) {
    return row.layer() + "\t" + row.metric() + "\t" + row.type();
  }
}
