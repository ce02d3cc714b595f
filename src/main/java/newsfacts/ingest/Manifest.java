package newsfacts.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import newsfacts.model.DocDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** User-given publication dates (CSV with columns doc_id,doc_date) that override the text's. */
public final class Manifest {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private final Map<String, String> dates;

  private Manifest(Map<String, String> dates) {
    this.dates = Map.copyOf(dates);
  }

  public static Manifest empty() {
    return new Manifest(Map.of());
  }

  public static Manifest load(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    Map<String, String> dates = new TreeMap<>();
    String text;
    try {
      text = Utf8.decode(Files.readAllBytes(file));
    } catch (Utf8.InvalidException e) {
      throw new IOException(file + ": " + e.getMessage() + ": save the manifest as UTF-8");
    }
    // A spreadsheet saves "CSV UTF-8" with a byte order mark; it is not part of the first column name.
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (Reader in = new StringReader(text);
        CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().contains("doc_id") || !parser.getHeaderNames().contains("doc_date")) {
        throw new IOException(file + ": line 1: the manifest needs the columns doc_id,doc_date");
      }
      for (CSVRecord row : parser) {
        String date = row.get("doc_date").strip();
        if (!date.isEmpty() && !DATE.matcher(date).matches()) {
          throw new IOException(
              file + ": line " + parser.getCurrentLineNumber() + ", column doc_date: '" + date
                  + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        dates.put(row.get("doc_id").strip(), date);
      }
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
    }
    return new Manifest(dates);
  }

  /** The manifest's date for the article if it gives one, else the date found in the text. */
  public DocDate dateFor(String docId, DocDate found) {
    String date = dates.get(docId);
    return date == null || date.isEmpty() ? found : new DocDate(date, "manifest");
  }
}
