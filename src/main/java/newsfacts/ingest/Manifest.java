package newsfacts.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import newsfacts.model.DocDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * User-given publication dates (CSV with columns doc_id,doc_date) that override the text's.
 * Loading checks every row: both cells present, a doc_id written without ".txt" and listed
 * once, a date that is YYYY, YYYY-MM or YYYY-MM-DD and in the calendar ({@link CalendarDates});
 * {@link #checkDocIds} then checks the doc_ids against the input folder. Each problem is an
 * IOException naming the file, the line and the value.
 */
public final class Manifest {
  /** A row: its date (empty to keep the text's) and the line it starts on. */
  private record Row(String date, long line) {}

  private final Optional<Path> file;
  private final Map<String, Row> rows;

  private Manifest(Optional<Path> file, Map<String, Row> rows) {
    this.file = file;
    this.rows = Map.copyOf(rows);
  }

  public static Manifest empty() {
    return new Manifest(Optional.empty(), Map.of());
  }

  public static Manifest load(Path file) throws IOException {
    String text = read(file);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    Map<String, Row> rows = new TreeMap<>();
    try (Reader in = new StringReader(text);
        CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().contains("doc_id") || !parser.getHeaderNames().contains("doc_date")) {
        throw new IOException(file + ": line 1: the manifest needs the columns doc_id,doc_date");
      }
      for (CSVRecord record : parser) {
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        long line = lineOf(text, record.getCharacterPosition());
        String docId = cell(file, record, line, "doc_id");
        String date = cell(file, record, line, "doc_date");
        checkRow(file, line, docId, date, rows);
        rows.put(docId, new Row(date, line));
      }
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
    }
    return new Manifest(Optional.of(file), rows);
  }

  /**
   * Checks that every doc_id of the manifest is an article of the input folder (the doc_ids of
   * its .txt files, read or not).
   */
  public void checkDocIds(Set<String> docIds) throws IOException {
    List<String> unknown = new ArrayList<>();
    rows.entrySet().stream()
        .filter(e -> !docIds.contains(e.getKey()))
        .sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.line(), b.line())))
        .forEach(e -> unknown.add("line " + e.getValue().line() + ", column doc_id: '" + e.getKey() + "'"));
    if (!unknown.isEmpty()) {
      String more = unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : "";
      throw new IOException(file.orElseThrow() + ": " + unknown.get(0)
          + " is not the doc_id of a .txt file in the input folder" + more);
    }
  }

  /** The manifest's date for the article if it gives one, else the date found in the text. */
  public DocDate dateFor(String docId, DocDate found) {
    Row row = rows.get(docId);
    return row == null || row.date().isEmpty() ? found : new DocDate(row.date(), "manifest");
  }

  private static String read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("manifest is a folder: " + file);
    }
    if (!Files.exists(file)) {
      throw new IOException("manifest not found: " + file);
    }
    try {
      String text = Utf8.decode(Files.readAllBytes(file));
      // A spreadsheet saves "CSV UTF-8" with a byte order mark; it is not part of the first column name.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (Utf8.InvalidException e) {
      throw new IOException(file + ": " + e.getMessage() + ": save the manifest as UTF-8");
    }
  }

  private static String cell(Path file, CSVRecord record, long line, String column) throws IOException {
    if (!record.isSet(column)) {
      throw new IOException(file + ": line " + line + ": no " + column + " (the row has " + record.size()
          + " of the columns doc_id,doc_date): '" + String.join(",", record.values()) + "'");
    }
    return record.get(column).strip();
  }

  private static void checkRow(Path file, long line, String docId, String date, Map<String, Row> rows)
      throws IOException {
    String at = file + ": line " + line + ", column ";
    if (docId.isEmpty()) {
      throw new IOException(at + "doc_id: empty (doc_date '" + date + "')");
    }
    if (docId.endsWith(".txt")) {
      throw new IOException(at + "doc_id: '" + docId + "' ends in .txt: a doc_id is the file name without it ('"
          + docId.substring(0, docId.length() - 4) + "')");
    }
    if (rows.containsKey(docId)) {
      throw new IOException(at + "doc_id: '" + docId + "' is listed twice (first on line "
          + rows.get(docId).line() + ")");
    }
    Optional<String> problem = date.isEmpty() ? Optional.empty() : CalendarDates.problem(date);
    if (problem.isPresent()) {
      throw new IOException(at + "doc_date: " + problem.get());
    }
  }

  /** The 1-based line on which the character at this position stands. */
  private static long lineOf(String text, long position) {
    return 1 + text.substring(0, (int) position).chars().filter(c -> c == '\n').count();
  }
}
