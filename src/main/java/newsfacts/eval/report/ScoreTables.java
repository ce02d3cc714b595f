package newsfacts.eval.report;

import newsfacts.eval.Counts;
import newsfacts.eval.ErrorRow;
import newsfacts.eval.ScoreRow;
import newsfacts.eval.Scorer;
import newsfacts.tables.TableSchema;

/** The tables a scoring run writes, each defined once; every row names the system scored. */
final class ScoreTables {
  private ScoreTables() {}

  /** A scores.csv row. */
  record SystemScore(String system, ScoreRow score) {}

  /** A scores_by_document.csv row: the layer's headline counts for one article. */
  record DocumentScore(String system, String layer, String docId, Counts counts) {}

  /** An errors.csv row; {@code context} is the article text around the error, spaces collapsed. */
  record SystemError(String system, ErrorRow error, String context) {}

  static final TableSchema<SystemScore> SCORES = TableSchema.<SystemScore>named("scores.csv")
      .column("system", SystemScore::system)
      .column("layer", s -> s.score().layer())
      .column("metric", s -> s.score().metric())
      .column("type", s -> s.score().type())
      .column("tp", s -> s.score().counts().tp())
      .column("fp", s -> s.score().counts().fp())
      .column("fn", s -> s.score().counts().fn())
      .column("precision", s -> Scoring.format(s.score().precision()))
      .column("recall", s -> Scoring.format(s.score().recall()))
      .column("f1", s -> Scoring.format(s.score().f1()))
      .column("ci_low", s -> Scoring.format(s.score().interval().low()))
      .column("ci_high", s -> Scoring.format(s.score().interval().high()))
      .writeOnly();

  static final TableSchema<DocumentScore> SCORES_BY_DOCUMENT =
      TableSchema.<DocumentScore>named("scores_by_document.csv")
          .column("system", DocumentScore::system)
          .column("layer", DocumentScore::layer)
          .column("metric", d -> Scorer.HEADLINE.get(d.layer()))
          .column("doc_id", DocumentScore::docId)
          .column("tp", d -> d.counts().tp())
          .column("fp", d -> d.counts().fp())
          .column("fn", d -> d.counts().fn())
          .column("precision", d -> Scoring.format(d.counts().precision()))
          .column("recall", d -> Scoring.format(d.counts().recall()))
          .column("f1", d -> Scoring.format(d.counts().f1()))
          .writeOnly();

  static final TableSchema<SystemError> ERRORS = TableSchema.<SystemError>named("errors.csv")
      .column("system", SystemError::system)
      .column("layer", e -> e.error().layer())
      .column("doc_id", e -> e.error().docId())
      .column("error", e -> e.error().error())
      .column("start", e -> e.error().start() < 0 ? "" : e.error().start())
      .column("end", e -> e.error().end() < 0 ? "" : e.error().end())
      .column("text", e -> e.error().text())
      .column("expected", e -> e.error().expected())
      .column("got", e -> e.error().got())
      .column("context", SystemError::context)
      .writeOnly();
}
