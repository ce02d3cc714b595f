package newsfacts.ingest.pubdate;

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
  void datelineWithoutYearAndNoYearInTheTextStaysEmpty() {
    DocDate d = finder.find("Title\n\nOSLO. March 3. The meeting will be held.");
    assertEquals("", d.value());
    assertTrue(d.evidence().contains("has no year"), d.evidence());
  }

  @Test
  void datelineWithoutYearTakesTheYearAfterOneCalledLastYear() {
    DocDate d = finder.find("Title\n\nOSLO. March 3. The talks opened.\n"
        + "The Nordic drill (2017) was held in Bergen last year.\nA treaty was signed in 2009.");
    assertEquals("2018-03-03", d.value());
    assertTrue(d.evidence().startsWith("dateline 'OSLO. March 3.' has no year; year inferred from: The Nordic drill"),
        d.evidence());
  }

  @Test
  void noDateLineGivesTheLatestPastYearOnly() {
    DocDate d = finder.find("Caption of a photo.\nThe agency was founded in 1998.\n"
        + "Its Annual Review (2016) came out on Friday.\nIt will expand in 2019.\nCopyright 1999-2021 X.");
    assertEquals("2016", d.value());
    assertTrue(d.evidence().startsWith("no date line; year inferred from: Its Annual Review (2016)"), d.evidence());
  }

  @Test
  void yearsOfForecastsAndTargetsAreNoEvidence() {
    DocDate d = finder.find("Caption of a photo.\nThe ferry line opened in 2019.\n"
        + "The board now expects fares to fall in 2031.\nIts target is a fleet of ten boats in 2033.");
    assertEquals("2019", d.value());
  }

  @Test
  void yearsInQuotationsAndCountsOfThingsAreNoEvidence() {
    DocDate d = finder.find("Caption of a photo.\nThe council met in 2015.\n"
        + "\"We will have 2040 homes,\" she said.\nSome 2047 registered voters signed the petition.");
    assertEquals("2015", d.value());
  }

  @Test
  void aDateInsideASentenceIsNotThePublicationDate() {
    DocDate d = finder.find("Caption.\nThe union is an organization founded on June 15, 2001, in Oslo.");
    assertEquals("2001", d.value());
    assertTrue(d.evidence().startsWith("no date line; year inferred"), d.evidence());
  }

  @Test
  void datelineWithYear() {
    assertEquals("2019-03-02", finder.find("Title\n\nMOSCOW, March 2, 2019 - Text.").value());
  }

  @Test
  void impossibleDateIsRejected() {
    assertEquals("", finder.find("Title\nUpdated: 2011-02-30 08:25\n").value());
  }

  @Test
  void aTitleEndingWithItsOwnDateWhenNoLineIsADateLine() {
    DocDate d = finder.find("Spokesperson Ana Ruiz's Regular Press Conference on March 4, 2031\n\nQ: A question in 2030?\n\nA: An answer.");
    assertEquals("2031-03-04", d.value());
    assertEquals("2031-03-04", finder.find("Remarks at the Harbour Forum, 4 March 2031\n\nThank you.").value());
    assertEquals("2031", finder.find("Court sets trial date of March 4, 2031 for port official\n\nThe trial was set in 2031.").value()
        .substring(0, 4));
  }
}
