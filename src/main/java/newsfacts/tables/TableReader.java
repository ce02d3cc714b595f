package newsfacts.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads the rows of one table, checked against its schema. */
final class TableReader {
  private TableReader() {}

  /**
   * Reads a table: UTF-8 with or without a byte order mark, RFC 4180, a header with every required
   * column, no column twice and none unknown (known: the required ones and those our writer adds),
   * every row as long as the header. Cells are un-neutralised ({@link SpreadsheetSafety#restore}).
   * Errors name the file, line and column.
   */
  static List<CsvRow> rows(Path file, TableSchema<?> schema) throws TableFormatException {
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
      CsvText.checkHeader(file, header, schema.required(), schema.header());
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
