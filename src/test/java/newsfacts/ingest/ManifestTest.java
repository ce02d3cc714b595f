package newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsfacts.model.DocDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  private static final DocDate FOUND = new DocDate("2011-06-09", "Updated: 2011-06-09");

  @Test
  void givesAndOverridesDatesByDocId(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("dates.csv"), "doc_id,doc_date\r\na,2019-03-14\r\nb,2019\r\nc,\r\n");
    Manifest manifest = Manifest.load(file);
    assertEquals(new DocDate("2019-03-14", "manifest"), manifest.dateFor("a", FOUND));
    assertEquals(new DocDate("2019", "manifest"), manifest.dateFor("b", DocDate.unknown("none")));
    assertEquals(FOUND, manifest.dateFor("c", FOUND), "an empty cell keeps the date found in the text");
    assertEquals(FOUND, manifest.dateFor("not-listed", FOUND));
  }

  @Test
  void aMalformedDateNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("dates.csv"), "doc_id,doc_date\na,2019-03-14\nb,14/03/2019\n");
    IOException e = assertThrows(IOException.class, () -> Manifest.load(file));
    assertEquals(file + ": line 3, column doc_date: '14/03/2019' is not YYYY, YYYY-MM or YYYY-MM-DD", e.getMessage());
  }

  @Test
  void missingColumnsAreReported(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("dates.csv"), "id,date\na,2019\n");
    IOException e = assertThrows(IOException.class, () -> Manifest.load(file));
    assertEquals(file + ": line 1: the manifest needs the columns doc_id,doc_date", e.getMessage());
  }
}
