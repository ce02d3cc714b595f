package newsfacts.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.owasp.encoder.Encode;

/**
 * The index's rows, written to a file in the report folder as the articles stream past and read
 * back lazily when the index is written, so the report holds no article in memory. Each line:
 * doc_id, title, four counts, the errors, then one F1 per scored layer.
 */
final class IndexRows implements AutoCloseable {
  static final String FILE = ".index-rows.csv";
  private final CSVPrinter printer;

  IndexRows(Path folder) throws IOException {
    printer = new CSVPrinter(Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8), CSVFormat.RFC4180);
  }

  void add(String docId, String title, List<Integer> counts, int errors, List<String> f1) {
    List<Object> cells = new ArrayList<>(List.of(docId, title));
    cells.addAll(counts);
    cells.add(errors);
    cells.addAll(f1);
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }

  /** The link from the index to an article's page: the doc_id as one URL path segment. */
  static String href(String docId) {
    return "articles/" + Encode.forUriComponent(docId) + ".html";
  }

  /** Reads the rows back one at a time; the parser is closed by the caller through the returned handle. */
  static final class Reading implements Iterable<IndexPage.IndexRow>, AutoCloseable {
    private final CSVParser parser;
    private final int counts;

    Reading(Path folder, int counts) throws IOException {
      Reader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8);
      this.parser = CSVParser.parse(in, CSVFormat.RFC4180);
      this.counts = counts;
    }

    @Override
    public Iterator<IndexPage.IndexRow> iterator() {
      Iterator<CSVRecord> records = parser.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public IndexPage.IndexRow next() {
          return row(records.next());
        }
      };
    }

    private IndexPage.IndexRow row(CSVRecord r) {
      List<Integer> n = new ArrayList<>();
      for (int i = 0; i < counts; i++) {
        n.add(Integer.parseInt(r.get(2 + i)));
      }
      List<String> f1 = new ArrayList<>();
      for (int i = 3 + counts; i < r.size(); i++) {
        f1.add(r.get(i));
      }
      return new IndexPage.IndexRow(r.get(0), href(r.get(0)), r.get(1), n, f1, Integer.parseInt(r.get(2 + counts)));
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
