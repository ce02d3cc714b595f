package newsfacts.formats.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.tables.ArticleRows;
import newsfacts.tables.ArticleSink;
import newsfacts.tables.EntityIndex;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * tables.xlsx: one sheet per table (the CSV tables' rows and columns), every text cell typed as
 * text (a spreadsheet neither reads "July 13" as a date nor "=1+1" as a formula, and no guard
 * apostrophe is needed), numbers as numbers, the header row frozen with an autofilter.
 *
 * <p>Design decision: rows are spilled to a file per sheet in the staging folder while articles
 * arrive and the workbook is written at {@link #commit}, sheet after sheet, flushing every
 * {@value #FLUSH_ROWS} rows; text is written inline rather than into the shared string table, so
 * memory stays flat in the size of the corpus.
 */
public final class XlsxWriter implements ArticleSink {
  public static final String FILE = "tables.xlsx";
  /** The most characters a cell may hold in Excel; a longer text is cut there. */
  static final int MAX_CELL_CHARS = 32_767;
  private static final int FLUSH_ROWS = 1_000;

  private final Path staging;
  private final Map<String, SpilledRows> sheets = new LinkedHashMap<>();
  private final EntityIndex index = new EntityIndex();
  private boolean committed;

  public XlsxWriter(Path staging) throws IOException {
    this.staging = staging;
    try {
      for (String table : ArticleRows.ARTICLE_TABLES) {
        sheets.put(table, new SpilledRows(staging.resolve(".xlsx-" + table + ".rows")));
      }
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  @Override
  public void add(ArticleResult result) {
    Map<String, List<List<Object>>> rows = ArticleRows.of(result);
    rows.forEach((table, tableRows) -> tableRows.forEach(sheets.get(table)::add));
    index.add(result.document().docId(), result.entities());
  }

  @Override
  public void commit(List<Failure> failures) throws IOException {
    Path file = staging.resolve(".xlsx-" + FILE);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "newsfacts", "1.0");
      for (Map.Entry<String, SpilledRows> sheet : sheets.entrySet()) {
        Worksheet ws = start(workbook, sheet.getKey());
        List<String> header = ArticleRows.header(sheet.getKey());
        int[] row = {1};
        sheet.getValue().replay(cells -> writeRow(ws, header, row[0]++, cells));
        finish(ws, header, row[0]);
      }
      writeWhole(workbook, "entity_index.csv", index.rows());
      writeWhole(workbook, "failures.csv", ArticleRows.failures(failures));
      workbook.finish();
    }
    StableZip.rewrite(file, staging.resolve(FILE));
    Files.delete(file);
    committed = true;
    close();
  }

  private static void writeWhole(Workbook workbook, String table, List<List<Object>> rows) throws IOException {
    Worksheet ws = start(workbook, table);
    List<String> header = ArticleRows.header(table);
    int r = 1;
    for (List<Object> cells : rows) {
      writeRow(ws, header, r++, cells);
    }
    finish(ws, header, r);
  }

  private static Worksheet start(Workbook workbook, String table) {
    Worksheet ws = workbook.newWorksheet(table.replace(".csv", ""));
    List<String> header = ArticleRows.header(table);
    for (int c = 0; c < header.size(); c++) {
      ws.inlineString(0, c, header.get(c));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    return ws;
  }

  private static void finish(Worksheet ws, List<String> header, int rowCount) throws IOException {
    ws.setAutoFilter(0, 0, Math.max(rowCount - 1, 0), header.size() - 1);
    ws.finish();
  }

  private static void writeRow(Worksheet ws, List<String> header, int r, List<Object> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      Object cell = cells.get(c);
      if (cell == null || cell.toString().isEmpty()) {
        continue;
      }
      if (ArticleRows.NUMBER_COLUMNS.contains(header.get(c))) {
        ws.value(r, c, cell instanceof Number n ? n : Double.valueOf(cell.toString()));
      } else {
        text(ws, r, c, cell.toString());
      }
    }
    if (r % FLUSH_ROWS == 0) {
      ws.flush();
    }
  }

  /**
   * A text cell. Inline text keeps the shared string table (held in memory) empty; the rare text
   * that starts or ends with white space goes to the shared table, whose entries are written
   * with xml:space="preserve" so that no reader trims it.
   */
  private static void text(Worksheet ws, int r, int c, String value) {
    String cut = cut(value);
    if (Character.isWhitespace(cut.charAt(0)) || Character.isWhitespace(cut.charAt(cut.length() - 1))) {
      ws.value(r, c, cut);
    } else {
      ws.inlineString(r, c, cut);
    }
  }

  static String cut(String value) {
    if (value.length() <= MAX_CELL_CHARS) {
      return value;
    }
    int end = MAX_CELL_CHARS;
    if (Character.isLowSurrogate(value.charAt(end))) {
      end--;
    }
    return value.substring(0, end);
  }

  @Override
  public void close() throws IOException {
    List<IOException> problems = new ArrayList<>();
    for (SpilledRows rows : sheets.values()) {
      try {
        rows.close();
      } catch (IOException e) {
        problems.add(e);
      }
    }
    if (!committed) {
      Files.deleteIfExists(staging.resolve(FILE));
    }
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }
}
