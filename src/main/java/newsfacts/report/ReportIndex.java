package newsfacts.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsfacts.model.TableLayer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the report's index once the run is scored and before its table set is committed: the
 * charts of scores.csv (ours beside stock CoreNLP when the run scored the baseline too) and the
 * table of articles from the rows the pages left behind, which are then deleted.
 */
public final class ReportIndex {
  private static final String SCORES = "scores.csv";

  private ReportIndex() {}

  /** Does nothing when the run wrote no report into {@code staging}. */
  public static void write(Path staging) throws IOException {
    Path folder = staging.resolve(ReportSink.FOLDER);
    if (!Files.exists(folder.resolve(IndexRows.FILE))) {
      return;
    }
    List<BarCharts.ScoreLine> scores = readScores(staging.resolve(SCORES));
    List<String> failed = Files.readAllLines(folder.resolve(ReportSink.FAILED), StandardCharsets.UTF_8);
    int counts = ReportSink.SCORED.size();
    int articles;
    try (IndexRows.Reading reading = new IndexRows.Reading(folder, counts)) {
      articles = 0;
      for (IndexPage.IndexRow ignored : reading) {
        articles++;
      }
    }
    try (IndexRows.Reading reading = new IndexRows.Reading(folder, counts)) {
      boolean scored = hasF1(folder, counts);
      List<String> layers = scored ? ReportSink.SCORED.stream().map(TableLayer::label).toList() : List.of();
      IndexPage page = new IndexPage(BarCharts.charts(scores), BarCharts.systems(scores), layers, reading, articles,
          failed);
      Templates.render("report/index.jte", Map.of("page", page, "css", "report.css", "script", "report.js"),
          folder.resolve("index.html"));
    }
    Files.delete(folder.resolve(IndexRows.FILE));
    Files.delete(folder.resolve(ReportSink.FAILED));
  }

  /** Whether the rows carry per-layer F1 (the run had gold). */
  private static boolean hasF1(Path folder, int counts) throws IOException {
    try (IndexRows.Reading reading = new IndexRows.Reading(folder, counts)) {
      for (IndexPage.IndexRow row : reading) {
        return !row.f1().isEmpty();
      }
    }
    return false;
  }

  /** The rows of scores.csv (UTF-8, maybe with a byte order mark); none when the run was not scored. */
  static List<BarCharts.ScoreLine> readScores(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<BarCharts.ScoreLine> lines = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      try (CSVParser parser = CSVParser.parse(in, format)) {
        for (CSVRecord r : parser) {
          Map<String, String> cells = new LinkedHashMap<>(r.toMap());
          lines.add(new BarCharts.ScoreLine(cells));
        }
      }
    }
    return lines;
  }
}
