package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsfacts.model.DocDate;
import org.junit.jupiter.api.Test;

class DocDateFinderTest {
  private final DocDateFinder finder = new DocDateFinder();

  @Test
  void timestampLine() {
    DocDate d = finder.find("Headline here\n\n16:18, June 05, 2012\n\nALMATY - Text.");
    assertEquals("2012-06-05", d.value());
    assertEquals("16:18, June 05, 2012", d.evidence());
  }

  @Test
  void updatedLine() {
    assertEquals("2011-06-09", finder.find("Title\nBy X (China Daily)\nUpdated: 2011-06-09 08:25\nBody.").value());
  }

  @Test
  void printEditionLineAtTheEnd() {
    String text = "Title\n\nBody of the story.\n" + "More.\n".repeat(30) + "(China Daily USA 07/15/2013 page5)";
    assertEquals("2013-07-15", finder.find(text).value());
  }

  @Test
  void datelineWithoutYearIsReportedNotGuessed() {
    DocDate d = finder.find("Title\n\nBEIJING. April 11. KAZINFORM The meeting will be held.");
    assertEquals("", d.value());
    assertTrue(d.evidence().contains("has no year"), d.evidence());
  }

  @Test
  void aDateInsideASentenceIsNotThePublicationDate() {
    DocDate d = finder.find("Caption.\nThe SCO is an organization founded on June 15, 2001, in Shanghai.");
    assertEquals("", d.value());
  }

  @Test
  void datelineWithYear() {
    assertEquals("2019-03-02", finder.find("Title\n\nMOSCOW, March 2, 2019 - Text.").value());
  }

  @Test
  void impossibleDateIsRejected() {
    assertEquals("", finder.find("Title\nUpdated: 2011-02-30 08:25\n").value());
  }
}
