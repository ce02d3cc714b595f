package newsfacts.report;

import java.util.List;

/**
 * What the index shows: the score charts (none without gold), and one row per article, read
 * lazily from the rows the report wrote while the run streamed.
 *
 * @param layers the layers with a column of per-article F1 (empty without gold)
 */
public record IndexPage(List<BarChart> charts, List<String> systems, List<String> layers,
    Iterable<IndexRow> rows, int articles, List<String> failed) {

  /** One article: its counts per layer and, with gold, the F1 of each layer's headline metric and its errors. */
  public record IndexRow(String docId, String href, String title, List<Integer> counts, List<String> f1,
      int errors) {}
}
