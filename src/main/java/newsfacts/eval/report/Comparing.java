package newsfacts.eval.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsfacts.eval.Comparison;
import newsfacts.eval.Scorer;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableWriter;

/**
 * Compares two runs' tables against one reference: comparison.csv (per layer, metric and type,
 * both figures with their intervals, the difference and a paired p-value) and changes.csv (the
 * errors run B fixed and those it broke, relative to run A).
 */
public final class Comparing {
  /** The files a comparison replaces in its output folder. */
  public static final List<String> TABLE_FILES =
      List.of(CompareTables.COMPARISON.fileName(), CompareTables.CHANGES.fileName());

  private final Scoring scoring;

  /** @param texts article text by doc_id, for validation and error context (may be empty) */
  public Comparing(Map<String, String> texts) {
    this.scoring = new Scoring(texts);
  }

  /** The outcome: the rows of comparison.csv and changes.csv. */
  public record Result(List<Comparison.Row> rows, List<Comparison.Change> changes) {}

  public Result run(Path gold, Path a, Path b) throws TableFormatException {
    Map<String, Path> systems = new LinkedHashMap<>();
    systems.put("A", a);
    systems.put("B", b);
    Map<String, Scorer.Report> reports = scoring.score(gold, systems);
    List<Comparison.Change> changes = new ArrayList<>(Comparison.changes(reports.get("A"), reports.get("B")));
    changes.sort(Comparator.comparing(Comparison.Change::error, Scoring.ERROR_ORDER)
        .thenComparing(Comparison.Change::change));
    return new Result(Comparison.rows(reports.get("A"), reports.get("B")), changes);
  }

  public void write(Result result, Path output, boolean neutralise) throws IOException {
    Files.createDirectories(output);
    try (TableWriter rows = TableWriter.open(output, CompareTables.COMPARISON, neutralise);
        TableWriter changes = TableWriter.open(output, CompareTables.CHANGES, neutralise)) {
      result.rows().forEach(r -> rows.row(CompareTables.COMPARISON.cells(r)));
      for (Comparison.Change c : result.changes()) {
        changes.row(CompareTables.CHANGES.cells(new CompareTables.ChangeRow(c, scoring.context(c.error()))));
      }
      rows.commit();
      changes.commit();
    }
  }

  /** The summary's headline rows: A, B, B - A and the p-value; then how many errors B fixed and broke. */
  public static void print(Result result, PrintWriter out) {
    out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s%n", "F1", "A", "B", "B - A", "p");
    for (Comparison.Row r : result.rows()) {
      if (Scoring.isHeadline(r.layer(), r.metric(), r.type())) {
        out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s%n", r.layer() + " " + r.metric(), Scoring.format(r.a().f1()),
            Scoring.format(r.b().f1()), signed(r), Scoring.format(r.pValue()));
      }
    }
    long fixed = result.changes().stream().filter(c -> c.change().equals("fixed")).count();
    out.printf(Locale.ROOT, "B fixed %d of A's errors and made %d new ones.%n", fixed, result.changes().size() - fixed);
  }

  private static String signed(Comparison.Row r) {
    return r.difference().isPresent() ? String.format(Locale.ROOT, "%+.4f", r.difference().getAsDouble()) : "";
  }
}
