package newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import newsfacts.model.DocDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestTest {
  private static final DocDate FOUND = new DocDate("2011-06-09", "Updated: 2011-06-09");
  @TempDir Path dir;

  private Path manifest(String text) throws IOException {
    return Files.writeString(dir.resolve("dates.csv"), text);
  }

  private String error(String text) throws IOException {
    Path file = manifest(text);
    return assertThrows(IOException.class, () -> Manifest.load(file)).getMessage();
  }

  @Test
  void givesAndOverridesDatesByDocId() throws IOException {
    Manifest manifest = Manifest.load(manifest("doc_id,doc_date\r\na,2019-03-14\r\nb,2019\r\nc,\r\nd,2020-02\r\n"));
    assertEquals(new DocDate("2019-03-14", "manifest"), manifest.dateFor("a", FOUND));
    assertEquals(new DocDate("2019", "manifest"), manifest.dateFor("b", DocDate.unknown("none")));
    assertEquals(FOUND, manifest.dateFor("c", FOUND), "an empty cell keeps the date found in the text");
    assertEquals(new DocDate("2020-02", "manifest"), manifest.dateFor("d", FOUND));
    assertEquals(FOUND, manifest.dateFor("not-listed", FOUND));
  }

  @Test
  void aMalformedDateNamesFileLineAndColumn() throws IOException {
    Path file = manifest("doc_id,doc_date\na,2019-03-14\nb,14/03/2019\n");
    IOException e = assertThrows(IOException.class, () -> Manifest.load(file));
    assertEquals(file + ": line 3, column doc_date: '14/03/2019' is not YYYY, YYYY-MM or YYYY-MM-DD", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"2011-02-30", "2011-13-45", "0000-00-00", "2023-02-29", "2011-00", "2011-13"})
  void anImpossibleDateIsRefused(String date) throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 3, column doc_date: '" + date + "' is not a calendar date",
        error("doc_id,doc_date\na,2024-02-29\nb," + date + "\n"));
  }

  @Test
  void yearZeroIsRefused() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 2, column doc_date: '0000' is not a calendar date (year 0)",
        error("doc_id,doc_date\na,0000\n"));
  }

  @Test
  void missingColumnsAreReported() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 1: the manifest needs the columns doc_id,doc_date",
        error("id,date\na,2019\n"));
  }

  @Test
  void aRowWithoutItsDateCellIsReported() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 3: no doc_date (the row has 1 of the columns doc_id,doc_date): 'b'",
        error("doc_id,doc_date\na,2019\nb\n"));
  }

  @Test
  void aDocIdWithTxtIsRefused() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 2, column doc_id: 'ferry-news.txt' ends in .txt: a doc_id is the"
        + " file name without it ('ferry-news')", error("doc_id,doc_date\nferry-news.txt,2019\n"));
  }

  @Test
  void aDocIdListedTwiceIsRefused() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 4, column doc_id: 'a' is listed twice (first on line 2)",
        error("doc_id,doc_date\na,2019\nb,2019\na,2020\n"));
  }

  @Test
  void anEmptyDocIdIsRefused() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 2, column doc_id: empty (doc_date '2019')",
        error("doc_id,doc_date\n,2019\n"));
  }

  @Test
  void blankLinesAndAByteOrderMarkAreFineAndLinesCountFromTheFile() throws IOException {
    assertEquals(dir.resolve("dates.csv") + ": line 4, column doc_date: '2019-02-29' is not a calendar date",
        error("\uFEFFdoc_id,doc_date\r\na,2019\r\n\r\n\"b\",2019-02-29"));
  }

  @Test
  void aMissingManifestOrAFolderIsNamed() throws IOException {
    Path missing = dir.resolve("nowhere.csv");
    assertEquals("manifest not found: " + missing,
        assertThrows(IOException.class, () -> Manifest.load(missing)).getMessage());
    assertEquals("manifest is a folder: " + dir,
        assertThrows(IOException.class, () -> Manifest.load(dir)).getMessage());
  }

  @Test
  void docIdsAreCheckedAgainstTheInputFolder() throws IOException {
    Manifest manifest = Manifest.load(manifest("doc_id,doc_date\na,2019\nharbour-ferry,2020\nb,\nquay,2021\n"));
    assertDoesNotThrow(() -> manifest.checkDocIds(Set.of("a", "b", "harbour-ferry", "quay", "other")));
    IOException e = assertThrows(IOException.class, () -> manifest.checkDocIds(Set.of("a", "b")));
    assertEquals(dir.resolve("dates.csv") + ": line 3, column doc_id: 'harbour-ferry' is not the doc_id of a .txt"
        + " file in the input folder (and 1 more)", e.getMessage());
    assertDoesNotThrow(() -> Manifest.empty().checkDocIds(Set.of()));
  }
}
