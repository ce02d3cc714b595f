package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Ranges written day first ("3-4 March") or across two months ("April 30-May 2"): two dates each, as the scheme asks. */
class DayFirstRangesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void daysBeforeAMonthAreTwoDates() {
    AnnotatedArticle a = Docs.article("2024-03-05")
        .sentence("Talks/NNS=talk were/VBD=be held/VBN=hold on/IN 3-4/CD March/NNP@DATE ./.")
        .timex("March", "DATE", "2024-03")
        .sentence("The/DT fair/NN will/MD run/VB=run 10/CD -/HYPH 12/CD@DATE June/NNP@DATE ./.")
        .timex("12 June", "DATE", "2024-06-12")
        .build();
    assertEquals(List.of("3/DATE=2024-03-03", "4 March/DATE=2024-03-04", "10/DATE=2024-06-10", "12 June/DATE=2024-06-12"),
        dates(a));
  }

  @Test
  void aRangeAcrossTwoMonthsGivesTheFirstMonthItsDay() {
    AnnotatedArticle a = Docs.article("2024-03-05")
        .sentence("Ferries/NNS will/MD sail/VB=sail from/IN April/NNP@DATE 30/CD -/HYPH May/NNP@DATE 2/CD@DATE ./.")
        .timex("April", "DATE", "2024-04")
        .timex("May 2", "DATE", "2024-05-02")
        .sentence("Boats/NNS will/MD sail/VB=sail from/IN June/NNP@DATE 30/CD@DATE -/HYPH@DATE July/NNP@DATE 2/CD@DATE ./.")
        .timex("June", "DATE", "2024-06")
        .timex("30 - July 2", "DATE", "")
        .build();
    assertEquals(List.of("April 30/DATE=2024-04-30", "May 2/DATE=2024-05-02", "June 30/DATE=2024-06-30", "July 2/DATE=2024-07-02"),
        dates(a));
  }

  @Test
  void scoresAndNumbersThatAreNoDaysOfTheMonthStayOut() {
    AnnotatedArticle a = Docs.article("2024-03-05")
        .sentence("They/PRP lost/VBD=lose 4-2/CD March/NNP@DATE ./.")
        .timex("March", "DATE", "2024-03")
        .sentence("The/DT fair/NN runs/VBZ=run 30-33/CD June/NNP@DATE ./.")
        .timex("June", "DATE", "2024-06")
        .sentence("It/PRP ends/VBZ=end in/IN April/NNP@DATE 31/CD -/HYPH May/NNP@DATE 2/CD@DATE ./.")
        .timex("April", "DATE", "2024-04")
        .timex("May 2", "DATE", "2024-05-02")
        .build();
    assertEquals(List.of("March/DATE=2024-03", "June/DATE=2024-06", "April/DATE=2024-04", "May 2/DATE=2024-05-02"), dates(a));
  }
}
