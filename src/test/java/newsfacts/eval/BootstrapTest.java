package newsfacts.eval;

import static newsfacts.eval.Make.entity;
import static newsfacts.eval.Make.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Document-level bootstrap intervals: deterministic, and built from per-article counts. */
class BootstrapTest {
  /** Four articles: two all right (one entity each), two all wrong (a missed and a spurious one). */
  private static List<DocumentPair> fourArticles() {
    List<Make.InDoc> gold = new ArrayList<>();
    List<Make.InDoc> pred = new ArrayList<>();
    for (String d : List.of("a", "b")) {
      gold.add(entity(d, 0, 3, "ORGANIZATION"));
      pred.add(entity(d, 0, 3, "ORGANIZATION"));
    }
    gold.add(entity("c", 0, 3, "ORGANIZATION"));
    pred.add(entity("d", 0, 3, "ORGANIZATION"));
    return pairs(gold, pred);
  }

  private static DocumentCounts countsOf(List<DocumentPair> docs) {
    DocumentCounts counts = new DocumentCounts(docs.stream().map(DocumentPair::docId).toList());
    counts.add(docs, EntityScorer::score);
    return counts;
  }

  @Test
  void perArticleCountsAddUpToEveryRowOfTheWholeSet() {
    List<DocumentPair> docs = fourArticles();
    DocumentCounts counts = countsOf(docs);
    int[] once = new int[docs.size()];
    Arrays.fill(once, 1);
    for (ScoreRow row : EntityScorer.score(docs).scores()) {
      assertEquals(row.f1(), counts.ratio(row, once), row.metric() + " " + row.type());
    }
  }

  @Test
  void intervalSpansTheResampledFiguresAndIsTheSameEveryRun() {
    List<DocumentPair> docs = fourArticles();
    List<ScoreRow> rows = EntityScorer.score(docs).scores();
    ScoreRow strict = ScoreRows.row(Bootstrap.withIntervals(rows, countsOf(docs)), "entities", "strict", "ALL");
    // overall tp 2, fp 1, fn 1: F1 2/3; a draw of only the wrong articles gives 0, of only the right ones 1
    assertEquals(2.0 / 3, strict.f1().getAsDouble(), 1e-9);
    double low = strict.interval().low().getAsDouble();
    double high = strict.interval().high().getAsDouble();
    assertTrue(low < 2.0 / 3 && 2.0 / 3 < high, low + " " + high);
    assertTrue(low >= 0 && high <= 1);
    assertEquals(strict, ScoreRows.row(Bootstrap.withIntervals(rows, countsOf(docs)), "entities", "strict", "ALL"));
  }

  @Test
  void drawsAsManyArticlesAsThereAre() {
    int[] weights = Bootstrap.draw(new Random(1), 7);
    assertEquals(7, Arrays.stream(weights).sum());
  }

  @Test
  void nearestRankPercentilesOfAHundredFigures() {
    double[] figures = new double[100];
    for (int i = 0; i < 100; i++) {
      figures[i] = (100 - i) / 100.0; // 1.00, 0.99, ..., 0.01
    }
    ScoreRow.Interval interval = Bootstrap.interval(figures);
    // ranks ceil(2.5) = 3 and ceil(97.5) = 98 of the sorted figures 0.01 .. 1.00
    assertEquals(OptionalDouble.of(0.03), interval.low());
    assertEquals(OptionalDouble.of(0.98), interval.high());
    assertEquals(ScoreRow.Interval.NONE, Bootstrap.interval(new double[0]));
  }
}
