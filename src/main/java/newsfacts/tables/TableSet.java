package newsfacts.tables;

import newsfacts.eval.Items;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A folder of tables in the annotation scheme's format: gold, a system's output, or one
 * annotator's pass. Tables that are absent are empty lists with {@code present} false.
 */
public record TableSet(
    Path folder,
    Optional<List<Items.Document>> documents,
    Optional<List<Items.Entity>> entities,
    Optional<List<Items.Date>> dates,
    Optional<List<Items.Quote>> quotes,
    Optional<List<Items.Relation>> relations) {

  static final List<String> DOCUMENT_COLUMNS = List.of("doc_id", "doc_date", "doc_date_evidence");
  static final List<String> ENTITY_COLUMNS = List.of("doc_id", "start", "end", "text", "type", "subtype");
  static final List<String> DATE_COLUMNS = List.of("doc_id", "start", "end", "text", "type", "value");
  static final List<String> QUOTE_COLUMNS =
      List.of("doc_id", "quote_id", "start", "end", "text", "kind", "speaker_text", "speaker_start", "speaker_end",
          "speaker", "cue");
  static final List<String> RELATION_COLUMNS =
      List.of("doc_id", "subject", "relation", "object", "evidence_start", "evidence_end");

  public static TableSet load(Path folder) throws TableFormatException {
    if (!Files.isDirectory(folder)) {
      throw new TableFormatException(folder + ": table folder not found");
    }
    return new TableSet(
        folder,
        read(folder, "documents.csv", DOCUMENT_COLUMNS, r -> new Items.Document(r.get("doc_id"), r.get("doc_date"))),
        read(folder, "entities.csv", ENTITY_COLUMNS,
            r -> new Items.Entity(r.get("doc_id"), r.span("start", "end"), r.get("text"), r.get("type"), r.get("subtype"))),
        read(folder, "dates.csv", DATE_COLUMNS,
            r -> new Items.Date(r.get("doc_id"), r.span("start", "end"), r.get("text"), r.get("type"), r.get("value"))),
        read(folder, "quotes.csv", QUOTE_COLUMNS,
            r -> new Items.Quote(r.get("doc_id"), r.span("start", "end"), r.get("text"), r.get("kind"), r.get("speaker"),
                r.get("cue"))),
        read(folder, "relations.csv", RELATION_COLUMNS,
            r -> new Items.Relation(r.get("doc_id"), r.get("subject"), r.get("relation"), r.get("object"))));
  }

  interface RowMapper<T> {
    T map(CsvRow row) throws TableFormatException;
  }

  static <T> Optional<List<T>> read(Path folder, String name, List<String> columns, RowMapper<T> mapper)
      throws TableFormatException {
    Path file = folder.resolve(name);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<T> items = new ArrayList<>();
    for (CsvRow row : rows(file, columns)) {
      items.add(mapper.map(row));
    }
    return Optional.of(items);
  }

  /**
   * Reads a table: UTF-8 with or without a byte order mark, RFC 4180, a header with every required
   * column, no column twice and none unknown (known: the required ones and those our writer adds),
   * every row as long as the header. Cells are un-neutralised ({@link SpreadsheetSafety#restore}).
   * Errors name the file, line and column.
   */
  static List<CsvRow> rows(Path file, List<String> requiredColumns) throws TableFormatException {
    String text = CsvText.read(file);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
    List<CsvRow> rows = new ArrayList<>();
    List<String> header = List.of();
    long line = 1;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      header = parser.getHeaderNames();
      line = parser.getCurrentLineNumber() + 1;
      CsvText.checkHeader(file, header, requiredColumns, Columns.forTable(file.getFileName().toString()));
      for (CSVRecord record : parser) {
        if (record.size() != header.size()) {
          throw new TableFormatException(CsvText.lengthProblem(file, line, header, record.size()));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : header) {
          cells.put(column, SpreadsheetSafety.restore(record.get(column)));
        }
        rows.add(new CsvRow(file, line, cells));
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      throw new TableFormatException(CsvText.syntaxProblem(file, text, line, header, e));
    }
    return rows;
  }
}
