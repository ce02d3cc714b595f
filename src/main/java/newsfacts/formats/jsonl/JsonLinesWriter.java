package newsfacts.formats.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsfacts.formats.StagedFile;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.tables.ArticleRows;
import newsfacts.tables.ArticleSink;

/**
 * articles.jsonl: one JSON object per line and article, holding the article's documents.csv row
 * as top-level fields and one array per layer ({@code entities}, {@code dates}, {@code quotes},
 * {@code relations}) of objects keyed by the CSV column names (doc_id left out). Offsets and
 * every other value are those of the CSV tables: numbers as JSON numbers, an empty offset as
 * null, text as strings. The schema is in the README.
 */
public final class JsonLinesWriter implements ArticleSink {
  public static final String FILE = "articles.jsonl";
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final StagedFile file;

  public JsonLinesWriter(Path staging) throws IOException {
    this.file = new StagedFile(staging.resolve(FILE));
  }

  @Override
  public void add(ArticleResult result) {
    // The whole line is built before any of it is written: a failing article leaves no half line.
    StringWriter line = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(line)) {
      writeArticle(json, ArticleRows.of(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file.write(line.append('\n').toString());
  }

  /** Writes one article's object from its table rows. */
  static void writeArticle(JsonGenerator json, Map<String, List<List<Object>>> rows) throws IOException {
    json.writeStartObject();
    writeFields(json, "documents.csv", rows.get("documents.csv").get(0), false);
    for (Map.Entry<String, List<List<Object>>> table : rows.entrySet()) {
      if (table.getKey().equals("documents.csv")) {
        continue;
      }
      json.writeArrayFieldStart(table.getKey().replace(".csv", ""));
      for (List<Object> row : table.getValue()) {
        json.writeStartObject();
        writeFields(json, table.getKey(), row, true);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void writeFields(JsonGenerator json, String table, List<Object> cells, boolean skipDocId)
      throws IOException {
    List<String> header = ArticleRows.header(table);
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      if (skipDocId && column.equals("doc_id")) {
        continue;
      }
      Object cell = cells.get(i);
      json.writeFieldName(column);
      if (!ArticleRows.NUMBER_COLUMNS.contains(column)) {
        json.writeString(cell == null ? "" : cell.toString());
      } else if (cell == null || cell.toString().isEmpty()) {
        json.writeNull();
      } else {
        // As written in the CSV ("0.90" stays 0.90).
        json.writeNumber(cell.toString());
      }
    }
  }

  @Override
  public void commit(List<Failure> failures) throws IOException {
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
