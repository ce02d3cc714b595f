package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Ranges of days the annotator leaves in pieces are read from the text: two dates each, the year the
 * range's own (TextDayRanges), and the two days of a range share month and year (RangePartners).
 * Invented sentences; the annotator's pieces as it gives them for such text.
 */
class DayRangesInTextTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void aMonthBeforeAnUntaggedPairOfDaysIsTwoDates() {
    AnnotatedArticle a = Docs.article("2025-03-14")
        .sentence("The/DT envoys/NNS will/MD meet/VB=meet on/IN July/NNP@DATE 3-4/CD in/IN Port/NNP Ilis/NNP ./.")
        .timex("July", "DATE", "2025-07")
        .sentence("They/PRP met/VBD=meet on/IN August/NNP@DATE 5-6/CD@DATE ,/, 2023/CD@DATE ./.")
        .timex("August", "DATE", "2025-08")
        .timex("5-6,", "DATE", "")
        .timex("2023", "DATE", "2023")
        .build();
    assertEquals(List.of("July 3=2025-07-03", "4=2025-07-04", "August 5=2023-08-05", "6, 2023=2023-08-06"), dates(a));
  }

  @Test
  void daysBeforeAMonthTheAnnotatorReadsWithMoreWords() {
    AnnotatedArticle a = Docs.article("2025-03-14")
        .sentence("Talks/NNS on/IN 5-6/CD May/NNP@DATE last/JJ@DATE year/NN@DATE failed/VBD=fail ./.")
        .timex("May last year", "DATE", "2024-05")
        .sentence("The/DT forum/NN was/VBD=be held/VBN=hold 14-16/CD@DATE November/NNP@DATE 2022/CD@DATE ./.")
        .timex("14-16", "DATE", "")
        .timex("November 2022", "DATE", "2022-11")
        .sentence("Experts/NNS met/VBD=meet between/IN 10/CD and/CC 12/CD@DATE June/NNP@DATE ./.")
        .timex("12 June", "DATE", "2025-06-12")
        .build();
    assertEquals(List.of("5=2024-05-05", "6 May last year=2024-05-06", "14=2022-11-14", "16 November 2022=2022-11-16",
        "10=2025-06-10", "12 June=2025-06-12"), dates(a));
  }

  @Test
  void aRangeAcrossTwoMonthsTakesTheYearItWrites() {
    AnnotatedArticle a = Docs.article("2025-03-14")
        .sentence("The/DT fair/NN ran/VBD=run 30/CD April-2/NNP May/NNP@DATE 2023/CD@DATE ./.")
        .timex("May 2023", "DATE", "2023-05")
        .sentence("It/PRP ran/VBD=run from/IN June/NNP@DATE 30-July/NNP@DATE 2/CD@DATE ,/, 2022/CD@DATE ./.")
        .timex("June", "DATE", "2025-06")
        .timex("30-July 2,", "DATE", "")
        .timex("2022", "DATE", "2022")
        .sentence("Envoys/NNS met/VBD=meet from/IN July/NNP@DATE 30/CD@DATE to/TO August/NNP@DATE 2/CD@DATE last/JJ@DATE year/NN@DATE ./.")
        .timex("July 30", "DATE", "2025-07-30")
        .timex("August 2 last year", "DATE", "2024-08-02")
        .build();
    assertEquals(List.of("30 April=2023-04-30", "2 May 2023=2023-05-02", "June 30=2022-06-30", "July 2, 2022=2022-07-02",
        "July 30=2024-07-30", "August 2 last year=2024-08-02"), dates(a));
  }

  @Test
  void scoresTimesAndNumbersThatAreNoDaysStayAsTheyCame() {
    AnnotatedArticle a = Docs.article("2025-03-14")
        .sentence("Rovers/NNPS won/VBD=win 4-2/CD March/NNP@DATE 3/CD@DATE ./.")
        .timex("March 3", "DATE", "2025-03-03")
        .sentence("Shares/NNS rose/VBD=rise 2.5-4/CD June/NNP@DATE ./.")
        .timex("June", "DATE", "2025-06")
        .sentence("It/PRP ends/VBZ=end June/NNP@DATE 30-31/CD ./.")
        .timex("June", "DATE", "2025-06")
        .build();
    assertEquals(List.of("March 3=2025-03-03", "June=2025-06", "June=2025-06"), dates(a));
  }
}
