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
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import newsfacts.eval.ErrorRow;
import newsfacts.eval.ScoreRow;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.ScoreTables.DocumentScore;
import newsfacts.eval.report.ScoreTables.SystemError;
import newsfacts.eval.report.ScoreTables.SystemScore;
import newsfacts.model.AnnotationSet;
import newsfacts.tables.GoldValidator;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableSchema;
import newsfacts.tables.TableSet;
import newsfacts.tables.TableWriter;

/**
 * Scores one or more systems' table folders against a reference folder and writes scores.csv,
 * scores_by_document.csv and errors.csv. Nothing is written unless every table loads and, when
 * article texts are given, the reference passes validation.
 */
public final class Scoring {
  /** The files a scoring run replaces in its output folder. */
  public static final List<String> TABLE_FILES =
      Stream.of(ScoreTables.SCORES, ScoreTables.SCORES_BY_DOCUMENT, ScoreTables.ERRORS).map(TableSchema::fileName)
          .toList();

  private static final int MAX_PROBLEMS_SHOWN = 20;
  private final Map<String, String> texts;
  private final Set<String> withoutText;

  /** @param texts article text by doc_id, for validation and error context (may be empty) */
  public Scoring(Map<String, String> texts) {
    this(texts, Set.of());
  }

  /**
   * @param withoutText articles the reference labels that could not be read: validated without
   *     their text, and scored like any other (what the run did not extract from them is missed)
   */
  public Scoring(Map<String, String> texts, Set<String> withoutText) {
    this.texts = Map.copyOf(texts);
    this.withoutText = Set.copyOf(withoutText);
  }

  /** The warning for an article the reference labels that cannot be read (see the two-argument constructor). */
  public static String unreadableWarning(Object file, String reason) {
    return "warning: the gold labels " + file + ", which cannot be read (" + reason
        + "): its gold rows are scored as misses, their spans unchecked";
  }

  /** The articles a folder of reference tables covers (its documents.csv, else any table). */
  public static Set<String> documentsIn(Path gold) throws TableFormatException {
    return Scorer.documentsOf(TableSet.load(gold));
  }

  /** Our tables, and a stock-CoreNLP baseline cached in the output folder (its "baseline" folder) when present. */
  public static Map<String, Path> systemsWithBaseline(Path tables, Path output) {
    Map<String, Path> systems = new LinkedHashMap<>();
    systems.put("newsfacts", tables);
    Path baseline = output.resolve("baseline");
    if (Files.isDirectory(baseline)) {
      systems.put("corenlp-stock", baseline);
    }
    return systems;
  }

  public Map<String, Scorer.Report> run(Path gold, Map<String, Path> systems, Path output, boolean neutralise)
      throws TableFormatException, IOException {
    Map<String, Scorer.Report> reports = score(gold, systems);
    Files.createDirectories(output);
    write(reports, output, neutralise);
    return reports;
  }

  /** Loads and checks the reference, and scores each system's tables against it; writes nothing. */
  public Map<String, Scorer.Report> score(Path gold, Map<String, Path> systems) throws TableFormatException {
    AnnotationSet reference = TableSet.load(gold);
    if (!texts.isEmpty()) {
      List<String> problems = new GoldValidator(texts, withoutText).validate(gold);
      if (!problems.isEmpty()) {
        List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN));
        String more = problems.size() > shown.size() ? "\n  ... and " + (problems.size() - shown.size()) + " more" : "";
        throw new TableFormatException("the tables in " + gold + " are not valid (" + problems.size()
            + (problems.size() == 1 ? " problem" : " problems") + "):\n  " + String.join("\n  ", shown) + more);
      }
    }
    Map<String, Scorer.Report> reports = new LinkedHashMap<>();
    for (Map.Entry<String, Path> system : systems.entrySet()) {
      reports.put(system.getKey(), new Scorer().score(reference, TableSet.load(system.getValue())));
    }
    return reports;
  }

  private void write(Map<String, Scorer.Report> reports, Path output, boolean neutralise) throws IOException {
    try (TableWriter scores = TableWriter.open(output, ScoreTables.SCORES, neutralise);
        TableWriter byDoc = TableWriter.open(output, ScoreTables.SCORES_BY_DOCUMENT, neutralise);
        TableWriter errors = TableWriter.open(output, ScoreTables.ERRORS, neutralise)) {
      for (Map.Entry<String, Scorer.Report> entry : reports.entrySet()) {
        String system = entry.getKey();
        Scorer.Report report = entry.getValue();
        for (ScoreRow r : report.scores()) {
          scores.row(ScoreTables.SCORES.cells(new SystemScore(system, r)));
        }
        report.byDocument().forEach((layer, docs) -> docs.forEach((doc, c) ->
            byDoc.row(ScoreTables.SCORES_BY_DOCUMENT.cells(new DocumentScore(system, layer, doc, c)))));
        for (ErrorRow e : sorted(report.errors())) {
          errors.row(ScoreTables.ERRORS.cells(new SystemError(system, e, context(e))));
        }
      }
      scores.commit();
      byDoc.commit();
      errors.commit();
    }
  }

  /** errors.csv order: layer, article, offset, error, expected, got. */
  static final Comparator<ErrorRow> ERROR_ORDER = Comparator.comparing(ErrorRow::layer).thenComparing(ErrorRow::docId)
      .thenComparingInt(ErrorRow::start).thenComparing(ErrorRow::error).thenComparing(ErrorRow::expected)
      .thenComparing(ErrorRow::got);

  private static List<ErrorRow> sorted(List<ErrorRow> errors) {
    List<ErrorRow> copy = new ArrayList<>(errors);
    copy.sort(ERROR_ORDER);
    return copy;
  }

  String context(ErrorRow e) {
    String text = texts.get(e.docId());
    // Offsets count code points (see newsfacts.tables.CodePoints).
    if (text == null || e.start() < 0 || e.end() > text.codePointCount(0, text.length())) {
      return "";
    }
    int from = text.offsetByCodePoints(0, Math.max(0, e.start() - 50));
    int to = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), e.end() + 50));
    return text.substring(from, to).replaceAll("\\s+", " ");
  }

  /** Four decimals; empty when there is no ratio (nothing was counted in its denominator). */
  public static String format(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
  }

  private static final List<String[]> HEADLINE = List.of(
      new String[] {"entities", "strict", "ALL"}, new String[] {"dates", "relaxed", "ALL"},
      new String[] {"dates", "value", "ALL"}, new String[] {"quotes", "span_0.3", "ALL"},
      new String[] {"quotes", "end_to_end_0.3", "ALL"}, new String[] {"quotes", "end_to_end_mention_0.3", "ALL"},
      new String[] {"relations", "triple", "ALL"});

  /** Whether a row is one of the headline figures the console summaries show. */
  static boolean isHeadline(String layer, String metric, String type) {
    return HEADLINE.stream().anyMatch(h -> h[0].equals(layer) && h[1].equals(metric) && h[2].equals(type));
  }

  /** Prints the headline figure of each layer for each system, and under it its 95% interval. */
  public static void printSummary(Map<String, Scorer.Report> reports, PrintWriter out) {
    out.printf(Locale.ROOT, "%-16s", "F1");
    for (String[] h : HEADLINE) {
      out.printf(Locale.ROOT, " %18s", h[0] + " " + h[1]);
    }
    out.println();
    reports.forEach((system, report) -> {
      printLine(out, system, report, r -> format(r.f1()));
      printLine(out, "  95% interval", report, r -> r.interval().low().isPresent()
          ? "[" + format(r.interval().low()) + ", " + format(r.interval().high()) + "]" : "");
    });
  }

  private static void printLine(PrintWriter out, String label, Scorer.Report report, Function<ScoreRow, String> cell) {
    out.printf(Locale.ROOT, "%-16s", label);
    for (String[] h : HEADLINE) {
      String text = report.scores().stream()
          .filter(r -> r.layer().equals(h[0]) && r.metric().equals(h[1]) && r.type().equals(h[2]))
          .map(cell).findFirst().orElse("-");
      out.printf(Locale.ROOT, " %" + Math.max(18, (h[0] + " " + h[1]).length()) + "s", text);
    }
    out.println();
  }
}
