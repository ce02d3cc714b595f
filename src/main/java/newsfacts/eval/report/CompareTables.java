package newsfacts.eval.report;

import newsfacts.eval.Comparison;
import newsfacts.tables.TableSchema;

/** The tables a comparison of two runs writes. */
final class CompareTables {
  private CompareTables() {}

  /** A change row; {@code context} is the article text around the error, spaces collapsed. */
  record ChangeRow(Comparison.Change change, String context) {}

  static final TableSchema<Comparison.Row> COMPARISON = TableSchema.<Comparison.Row>named("comparison.csv")
      .column("layer", Comparison.Row::layer)
      .column("metric", Comparison.Row::metric)
      .column("type", Comparison.Row::type)
      .column("a_f1", r -> Scoring.format(r.a().f1()))
      .column("a_ci_low", r -> Scoring.format(r.a().interval().low()))
      .column("a_ci_high", r -> Scoring.format(r.a().interval().high()))
      .column("b_f1", r -> Scoring.format(r.b().f1()))
      .column("b_ci_low", r -> Scoring.format(r.b().interval().low()))
      .column("b_ci_high", r -> Scoring.format(r.b().interval().high()))
      .column("difference", r -> Scoring.format(r.difference()))
      .column("p_value", r -> Scoring.format(r.pValue()))
      .column("a_tp", r -> r.a().counts().tp())
      .column("a_fp", r -> r.a().counts().fp())
      .column("a_fn", r -> r.a().counts().fn())
      .column("b_tp", r -> r.b().counts().tp())
      .column("b_fp", r -> r.b().counts().fp())
      .column("b_fn", r -> r.b().counts().fn())
      .writeOnly();

  static final TableSchema<ChangeRow> CHANGES = TableSchema.<ChangeRow>named("changes.csv")
      .column("change", c -> c.change().change())
      .column("layer", c -> c.change().error().layer())
      .column("doc_id", c -> c.change().error().docId())
      .column("error", c -> c.change().error().error())
      .column("start", c -> c.change().error().start() < 0 ? "" : c.change().error().start())
      .column("end", c -> c.change().error().end() < 0 ? "" : c.change().error().end())
      .column("text", c -> c.change().error().text())
      .column("expected", c -> c.change().error().expected())
      .column("got", c -> c.change().error().got())
      .column("context", ChangeRow::context)
      .writeOnly();
}
