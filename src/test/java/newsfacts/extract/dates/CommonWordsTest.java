package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Words of news from any outlet the annotator misreads: a weekday's short form in lower case ("sat"),
 * "fortnight", "the 2023/24 season", "every decade", "the previous day". Invented sentences; 2024-10-16 is a Wednesday.
 */
class CommonWordsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aWeekdaysShortFormInLowerCaseIsAWord() {
    AnnotatedArticle a = Docs.article("2024-10-16")
        .sentence("Freedonia/NNP last/RB@DATE sat/VBD=sit@DATE on/IN the/DT council/NN in/IN 1999/CD@DATE ./.")
        .timex("last sat", "DATE", "2024-10-12")
        .timex("1999", "DATE", "1999")
        .sentence("They/PRP met/VBD=meet on/IN Sat/NNP@DATE ./.")
        .timex("Sat", "DATE", "2024-10-12")
        .build();
    assertEquals(List.of("1999/DATE=1999", "Sat/DATE=2024-10-12"), dates(a));
  }

  @Test
  void aFortnightIsTwoWeeksAndASlashJoinsAYearToTheNext() {
    AnnotatedArticle a = Docs.article("2024-10-16")
        .sentence("Prices/NNS rose/VBD=rise in/IN the/DT@DATE past/JJ@DATE fortnight/NN@DATE ./.")
        .timex("the past fortnight", "DATE", "2024-10-02/2024-10-16")
        .sentence("Ana/NNP Ruiz/NNP scored/VBD=score ten/CD goals/NNS in/IN the/DT 2023/24/CD@DATE season/NN ./.")
        .timex("2023/24", "DATE", "")
        .sentence("The/DT fee/NN is/VBZ=be 2023/2030/CD units/NNS ./.")
        .sentence("It/PRP has/VBZ=have met/VBN=meet every/DT@SET decade/NN@SET since/IN@SET 1990/CD@SET ./.")
        .timex("every decade since", "SET", "XXXX")
        .timex("1990", "DATE", "1990")
        .build();
    assertEquals(List.of("the past fortnight/DURATION=P2W", "2023/DATE=2023", "24/DATE=2024", "every decade/SET=P10Y", "1990/DATE=1990"),
        dates(a));
  }

  @Test
  void thePreviousDayIsADayBeforeTheStorysDayNotADuration() {
    AnnotatedArticle a = Docs.article("2024-10-16")
        .sentence("Sylvania/NNP withdrew/VBD=withdraw on/IN Monday/NNP@DATE ./.")
        .timex("Monday", "DATE", "2024-10-14")
        .sentence("The/DT@DATE previous/JJ@DATE day/NN@DATE ,/, its/PRP$ envoy/NN had/VBD=have met/VBN=meet the/DT president/NN ./.")
        .timex("The previous day", "DATE", "2024-10-15")
        .sentence("Prices/NNS rose/VBD=rise over/IN the/DT@DATE previous/JJ@DATE 12/CD@DATE months/NNS@DATE ./.")
        .timex("the previous 12 months", "DATE", "2023-10")
        .build();
    assertEquals(List.of("Monday/DATE=2024-10-14", "The previous day/DATE=2024-10-13", "the previous 12 months/DURATION=P12M"),
        dates(a));
  }

  @Test
  void shortFormsOfHalvesAndQuartersAndYearsFromNow() {
    AnnotatedArticle a = Docs.article("2024-11-07")
        .sentence("Exports/NNS rose/VBD=rise in/IN Q3/NN@DATE 2024/CD@DATE and/CC will/MD slow/VB=slow"
            + " in/IN H1/NN 2025/CD@DATE ./.")
        .timex("Q3 2024", "DATE", "2024-FYQ3")
        .timex("2025", "DATE", "2025")
        .sentence("Profit/NN rose/VBD=rise in/IN fiscal/JJ@DATE Q2/NN@DATE ./.")
        .timex("fiscal Q2", "DATE", "2024-FYQ2")
        .sentence("\"/`` We/PRP will/MD not/RB wait/VB=wait five/CD@DATE years/NNS@DATE from/IN@DATE now/RB@DATE ,/,"
            + " \"/'' he/PRP said/VBD=say ./.")
        .timex("five years from now", "DATE", "2029-11-07")
        .build();
    assertEquals(List.of("Q3 2024/DATE=2024-Q3", "H1 2025/DATE=2025-H1", "fiscal Q2/DATE=2024-FYQ2", "five years from now/DATE=2029"),
        dates(a));
  }

  @Test
  void aYearOfAnotherCalendarAndAFrequencyWordOpeningANameAreNoDates() {
    AnnotatedArticle a = Docs.article("2031-08-22")
        .sentence("Daily/NNP@SET Courier/NNP")
        .timex("Daily", "SET", "P1D")
        .paragraph()
        .sentence("Ostrel/NNP ,/, Friday/NNP@DATE ,/, August/NNP@DATE 22/CD@DATE ,/, 2031/CD@DATE //: Safar/NNP 28/CD ,/, 1453/CD@DATE")
        .timex("Friday, August 22, 2031", "DATE", "2031-08-22")
        .timex("1453", "DATE", "1453")
        .paragraph()
        .sentence("The/DT city/NN fell/VBD=fall on/IN May/NNP@DATE 29/CD@DATE ,/, 1453/CD@DATE ./.")
        .timex("May 29, 1453", "DATE", "1453-05-29")
        .build();
    assertEquals(List.of("Friday, August 22, 2031/DATE=2031-08-22", "May 29, 1453/DATE=1453-05-29"), dates(a));
  }
}
