package newsfacts.eval;

import static newsfacts.eval.Make.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import newsfacts.model.AnnotationSet;
import newsfacts.model.TableLayer;
import org.junit.jupiter.api.Test;

/** Two runs against one reference: figures, difference, paired p-value, and what B fixed and broke. */
class ComparisonTest {
  private static Comparison.Row strict(List<Comparison.Row> rows) {
    return rows.stream().filter(r -> r.layer().equals("entities") && r.metric().equals("strict") && r.type().equals("ALL"))
        .findFirst().orElseThrow();
  }

  /** Twelve articles, one organisation each at [0,3); run A misses it in the first {@code missed}. */
  private static AnnotationSet articles(int missed) {
    List<Make.InDoc> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String doc = String.format("d%02d", i);
      records.add(i < missed ? entity(doc, 4, 7, "ORGANIZATION") : entity(doc, 0, 3, "ORGANIZATION"));
    }
    return Make.set(records, TableLayer.ENTITIES);
  }

  @Test
  void identicalRunsDifferByZeroWithPOne() {
    AnnotationSet gold = articles(0);
    Scorer.Report a = new Scorer().score(gold, articles(3));
    Scorer.Report b = new Scorer().score(gold, articles(3));
    Comparison.Row row = strict(Comparison.rows(a, b));
    assertEquals(OptionalDouble.of(0.0), row.difference());
    assertEquals(OptionalDouble.of(1.0), row.pValue()); // every shuffle is at least as far apart as 0
    assertEquals(List.of(), Comparison.changes(a, b));
  }

  @Test
  void aConsistentGainOverTwelveArticlesIsSignificant() {
    // A misses (and puts a spurious name in) every article, B none: F1 0 against 1. Only the two
    // shuffles that swap all articles or none keep the difference at 1 (swapping k articles gives
    // |k/12 - (12 - k)/12|): p = (1 + about 10,000 * 2/4096) / 10,001, about 0.0006
    AnnotationSet gold = articles(0);
    Scorer.Report a = new Scorer().score(gold, articles(12));
    Scorer.Report b = new Scorer().score(gold, gold);
    Comparison.Row row = strict(Comparison.rows(a, b));
    assertEquals(OptionalDouble.of(0.0), row.a().f1());
    assertEquals(OptionalDouble.of(1.0), row.b().f1());
    assertEquals(OptionalDouble.of(1.0), row.difference());
    assertTrue(row.pValue().getAsDouble() < 0.01, row.pValue().toString());
    assertEquals(row, strict(Comparison.rows(a, b)), "the same p-value every time");
  }

  @Test
  void aGainInOneArticleOfTwelveIsNotSignificant() {
    AnnotationSet gold = articles(0);
    Comparison.Row row = strict(Comparison.rows(new Scorer().score(gold, articles(1)), new Scorer().score(gold, gold)));
    assertEquals(1.0 / 12, row.difference().getAsDouble(), 1e-9); // F1 11/12 against 1
    // the runs differ only in article d00; swapping it flips the sign of the difference but not
    // its size, so every shuffle is as extreme as what was observed: no evidence at all
    assertEquals(OptionalDouble.of(1.0), row.pValue());
  }

  @Test
  void changesListWhatBFixedAndWhatItBroke() {
    // A misses d00 and d01; B misses d01 and d02: B fixed d00's errors and broke d02
    AnnotationSet gold = articles(0);
    List<Make.InDoc> bRecords = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String doc = String.format("d%02d", i);
      bRecords.add(i == 1 || i == 2 ? entity(doc, 4, 7, "ORGANIZATION") : entity(doc, 0, 3, "ORGANIZATION"));
    }
    List<Comparison.Change> changes =
        Comparison.changes(new Scorer().score(gold, articles(2)), new Scorer().score(gold, Make.set(bRecords, TableLayer.ENTITIES)));
    assertEquals(List.of("fixed d00 missed", "fixed d00 spurious", "broke d02 missed", "broke d02 spurious"),
        changes.stream().map(c -> c.change() + " " + c.error().docId() + " " + c.error().error()).toList());
  }
}
