package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import newsfacts.model.EntityMention;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A table opened in a real spreadsheet program: LibreOffice Calc, headless, imports entities.csv
 * as UTF-8 comma-separated text (as a person picks in its import dialog) and saves it as flat
 * ODS, which we read back. One conversion, about 2 s (up to 5 s on a fresh profile).
 *
 * <p>Skipped only when soffice is missing outside CI; in CI (.ci/run installs
 * libreoffice-calc-nogui) a missing soffice is a failure.
 */
class LibreOfficeTest {
  private static final String IMPORT = "Text - txt - csv (StarCalc):44,34,76,1";
  private static final List<String> TEXTS =
      List.of("©", "… more", "分享", "=SUM(A1:A3)", "+1", "-2", "@cmd", "\tTabbed", "\rCarriage", "'=already quoted",
          "plain Text");

  @TempDir Path folder;

  @Test
  void nonAsciiAndFormulaLikeCellsArriveAsTheSameText() throws Exception {
    Path soffice = findSoffice();
    Path tables = folder.resolve("tables");
    StringBuilder text = new StringBuilder();
    List<EntityMention> entities = new ArrayList<>();
    for (String t : TEXTS) {
      entities.add(ResultWriterTest.entity(t, text.length()));
      text.append(t).append('\n');
    }
    try (ResultWriter w = new ResultWriter(tables, true)) {
      w.add(ResultWriterTest.result("d1", text.toString(), entities, List.of()));
      w.commit(List.of());
    }
    Path csv = tables.resolve("entities.csv");
    List<CSVRecord> written = parse(csv);
    // Control: an unguarded formula, appended by hand, is evaluated by this import.
    Files.writeString(csv, "control,0,0,=1+1,,,0,\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    List<List<Cell>> sheet = convert(soffice, csv);

    assertEquals(written.size() + 1, sheet.size());
    for (int r = 0; r < written.size(); r++) {
      CSVRecord record = written.get(r);
      for (int c = 0; c < record.size(); c++) {
        String value = record.get(c);
        Cell cell = sheet.get(r).get(c);
        boolean number = r > 0 && (c == 1 || c == 2 || c == 6);
        String where = "row " + r + " column " + c + " " + value;
        // A line break inside a cell arrives as the spreadsheet's line break (LF).
        assertEquals(value.replace("\r\n", "\n").replace('\r', '\n'), cell.text(), where);
        assertEquals(value.isEmpty() ? "" : number ? "float" : "string", cell.type(), where);
        assertEquals(Optional.empty(), cell.formula(), where);
      }
    }
    for (int i = 0; i < TEXTS.size(); i++) {
      String arrived = sheet.get(i + 1).get(3).text();
      if (TEXTS.get(i).startsWith("\r")) {
        // The spreadsheet turns the CR into a line break, so the guard stays visible: "'" then a new line.
        assertEquals("'\n" + TEXTS.get(i).substring(1), arrived);
      } else {
        assertEquals(TEXTS.get(i), SpreadsheetSafety.restore(arrived), "restored text " + i);
      }
    }
    Cell control = sheet.get(written.size()).get(3);
    assertEquals(Optional.of("of:=1+1"), control.formula());
    assertEquals("2", control.text());
  }

  record Cell(String text, String type, Optional<String> formula) {}

  private static Path findSoffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "soffice");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if (System.getenv("CI") != null) {
      fail("soffice not found on PATH: .ci/run installs libreoffice-calc-nogui; CI must run this test");
    }
    assumeTrue(false, "soffice not installed (apt-get install libreoffice-calc-nogui); skipped outside CI");
    return null;
  }

  private static List<CSVRecord> parse(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"));
    try (Reader in = new StringReader(text.substring(1))) {
      return CSVFormat.RFC4180.parse(in).getRecords();
    }
  }

  private List<List<Cell>> convert(Path soffice, Path csv) throws Exception {
    Path out = Files.createDirectory(folder.resolve("converted"));
    Path profile = folder.resolve("profile");
    Process p =
        new ProcessBuilder(
                soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--infilter=" + IMPORT, "--convert-to", "fods", "--outdir", out.toString(), csv.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("soffice did not finish in 180 s");
    }
    Path fods = out.resolve("entities.fods");
    assertTrue(Files.exists(fods), "soffice wrote no file: " + Files.readString(folder.resolve("soffice.log")));
    return readSheet(fods);
  }

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  /** The first sheet's rows, each a list of cells with repeated empty cells expanded. */
  private static List<List<Cell>> readSheet(Path fods) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element table = (Element) factory.newDocumentBuilder().parse(fods.toFile()).getElementsByTagNameNS(TABLE, "table")
        .item(0);
    List<List<Cell>> rows = new ArrayList<>();
    NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
    for (int r = 0; r < rowNodes.getLength(); r++) {
      List<Cell> cells = new ArrayList<>();
      NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
      for (int c = 0; c < cellNodes.getLength(); c++) {
        Element cell = (Element) cellNodes.item(c);
        String repeat = cell.getAttributeNS(TABLE, "number-columns-repeated");
        int times = repeat.isEmpty() ? 1 : Math.min(Integer.parseInt(repeat), 64);
        String formula = cell.getAttributeNS(TABLE, "formula");
        Cell value = new Cell(textOf(cell), cell.getAttributeNS(OFFICE, "value-type"),
            formula.isEmpty() ? Optional.empty() : Optional.of(formula));
        for (int i = 0; i < times; i++) {
          cells.add(value);
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A cell's text: paragraphs joined by LF, with ODF's space, tab and line-break elements. */
  private static String textOf(Element cell) {
    List<String> paragraphs = new ArrayList<>();
    NodeList ps = cell.getElementsByTagNameNS(TEXT, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      StringBuilder b = new StringBuilder();
      appendText(ps.item(i), b);
      paragraphs.add(b.toString());
    }
    return String.join("\n", paragraphs);
  }

  private static void appendText(Node node, StringBuilder b) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE) {
        b.append(child.getNodeValue());
      } else if (TEXT.equals(child.getNamespaceURI())) {
        switch (child.getLocalName()) {
          case "s" -> {
            String c = ((Element) child).getAttributeNS(TEXT, "c");
            b.append(" ".repeat(c.isEmpty() ? 1 : Integer.parseInt(c)));
          }
          case "tab" -> b.append('\t');
          case "line-break" -> b.append('\n');
          default -> appendText(child, b);
        }
      }
    }
  }
}
