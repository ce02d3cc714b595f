package newsfacts.ingest.pubdate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsfacts.ingest.Manifest;
import newsfacts.model.Article;
import newsfacts.model.DocDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationDatesTest {
  private static final String TEXT = "Ferry fares to rise\nPublished: 15 July 2022\n\nThe harbour board met.";

  @Test
  void theManifestOverridesTheTextAndEmptyCellsKeepIt(@TempDir Path dir) throws IOException {
    Manifest manifest = Manifest.load(Files.writeString(dir.resolve("m.csv"), "doc_id,doc_date\na,2022-07-14\nb,\n"));
    PublicationDates dates = new PublicationDates(manifest);
    assertEquals(new DocDate("2022-07-14", "manifest"), dates.dated(new Article("a", Path.of("a.txt"), TEXT)).date());
    assertEquals(new DocDate("2022-07-15", "Published: 15 July 2022"),
        dates.dated(new Article("b", Path.of("b.txt"), TEXT)).date());
  }
}
