package newsfacts.formats.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * tables.xlsx opened in LibreOffice Calc (headless, converted to flat ODS and read back): text
 * that a spreadsheet would take for a date, a formula or a number, and non-ASCII text, arrive as
 * the same text; offsets arrive as numbers. Skipped only where soffice is missing outside CI.
 */
class XlsxLibreOfficeTest {
  private static final List<String> TEXTS =
      List.of("July 13", "=1+1", "0012", "March 14", "分享 Ürümqi ©", "+1", "-2", "@cmd", "1/2", "TRUE", " lead");
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  @TempDir Path folder;

  @Test
  void datesFormulasLeadingZerosAndNonAsciiArriveAsTheSameText() throws Exception {
    Path soffice = findSoffice();
    StringBuilder text = new StringBuilder();
    List<EntityMention> entities = new ArrayList<>();
    for (String t : TEXTS) {
      entities.add(EntityMention.of(new CharSpan(text.length(), text.length() + t.length()), t, EntityType.MISC, 0));
      text.append(t).append('\n');
    }
    DocumentInfo info = new DocumentInfo("d1", "d1.txt", "t", new DocDate("2013-07-13", "x"), 1, 1);
    try (XlsxWriter w = new XlsxWriter(folder)) {
      w.add(new ArticleResult(info, text.toString(), entities, List.of(), List.of(), List.of()));
      w.commit(List.of());
    }
    List<List<String[]>> sheet = convert(soffice, folder.resolve(XlsxWriter.FILE), "entities");
    assertEquals(List.of("doc_id", "start", "end", "text", "type", "subtype", "sentence", "canonical"),
        sheet.get(0).subList(0, 8).stream().map(c -> c[0]).toList());
    for (int i = 0; i < TEXTS.size(); i++) {
      String[] cell = sheet.get(i + 1).get(3);
      assertEquals(TEXTS.get(i), cell[0], "text " + i);
      assertEquals("string", cell[1], "type of " + TEXTS.get(i));
      assertEquals("", cell[2], "formula of " + TEXTS.get(i));
      assertEquals("float", sheet.get(i + 1).get(1)[1], "start is a number");
      assertEquals(String.valueOf(entities.get(i).span().begin()), sheet.get(i + 1).get(1)[0]);
    }
  }

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

  /** The named sheet's rows; each cell as {text, value type, formula}. */
  private List<List<String[]>> convert(Path soffice, Path xlsx, String sheetName) throws Exception {
    Path out = Files.createDirectory(folder.resolve("converted"));
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
        "--headless", "--norestore", "--convert-to", "fods", "--outdir", out.toString(), xlsx.toString())
        .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("soffice did not finish in 180 s");
    }
    Path fods = out.resolve("tables.fods");
    assertTrue(Files.exists(fods), "soffice wrote no file: " + Files.readString(folder.resolve("soffice.log")));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList tables = factory.newDocumentBuilder().parse(fods.toFile()).getElementsByTagNameNS(TABLE, "table");
    for (int t = 0; t < tables.getLength(); t++) {
      Element table = (Element) tables.item(t);
      if (table.getAttributeNS(TABLE, "name").equals(sheetName)) {
        return rows(table);
      }
    }
    throw new AssertionError("no sheet " + sheetName);
  }

  private static List<List<String[]>> rows(Element table) {
    List<List<String[]>> rows = new ArrayList<>();
    NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
    for (int r = 0; r < rowNodes.getLength(); r++) {
      List<String[]> cells = new ArrayList<>();
      NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
      for (int c = 0; c < cellNodes.getLength(); c++) {
        Element cell = (Element) cellNodes.item(c);
        String repeat = cell.getAttributeNS(TABLE, "number-columns-repeated");
        int times = repeat.isEmpty() ? 1 : Math.min(Integer.parseInt(repeat), 16);
        NodeList ps = cell.getElementsByTagNameNS(TEXT, "p");
        String value = ps.getLength() == 0 ? "" : textOf((Element) ps.item(0));
        String[] triple = {value, cell.getAttributeNS(OFFICE, "value-type"), cell.getAttributeNS(TABLE, "formula")};
        for (int i = 0; i < times; i++) {
          cells.add(triple);
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A paragraph's text with ODF's run of spaces (text:s) expanded. */
  private static String textOf(Element p) {
    StringBuilder b = new StringBuilder();
    for (org.w3c.dom.Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        b.append(n.getNodeValue());
      } else if ("s".equals(n.getLocalName())) {
        String c = ((Element) n).getAttributeNS(TEXT, "c");
        b.append(" ".repeat(c.isEmpty() ? 1 : Integer.parseInt(c)));
      } else {
        b.append(n.getTextContent());
      }
    }
    return Optional.of(b.toString()).get();
  }
}
