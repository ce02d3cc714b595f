package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Wire clock times: "0915 GMT" and a timestamp with a dotted time, "Sat 9 Mar 2024 18.05 GMT". Invented sentences. */
class WireClocksTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void fourDigitsWithAZoneAreAClockTime() {
    AnnotatedArticle a = Docs.article("2025-02-28")
        .sentence("Shares/NNS fell/VBD=fall 4/CD %/NN by/IN 0915/CD@DATE GMT/NNP ./.")
        .timex("0915", "DATE", "0915")
        .build();
    assertEquals(List.of("0915 GMT/TIME=2025-02-28T09:15"), dates(a));
  }

  @Test
  void fourDigitsBeforeLocalTimeAreAClockTime() {
    AnnotatedArticle a = Docs.article("2025-02-28")
        .sentence("Polls/NNS closed/VBD=close at/IN 1430/CD@DATE local/JJ time/NN ./.")
        .timex("1430", "DATE", "1430")
        .build();
    assertEquals(List.of("1430 local time/TIME=2025-02-28T14:30"), dates(a));
  }

  @Test
  void fourDigitsWithoutAZoneStayAsTheAnnotatorReadThem() {
    AnnotatedArticle a = Docs.article("2025-02-28")
        .sentence("The/DT bridge/NN opened/VBD=open in/IN 1915/CD@DATE ./.")
        .timex("1915", "DATE", "1915")
        .build();
    assertEquals(List.of("1915/DATE=1915"), dates(a));
  }

  @Test
  void aDottedTimeAndZoneAfterADateMakeOneTimestamp() {
    AnnotatedArticle a = Docs.article("2024-03-09")
        .sentence("Sat/NNP@DATE 9/CD@DATE Mar/NNP@DATE 2024/CD@DATE 18.05/CD GMT/NNP")
        .timex("Sat 9 Mar 2024", "DATE", "2024-03-09")
        .sentence("Prices/NNS rose/VBD=rise on/IN 9/CD@DATE March/NNP@DATE 2024/CD@DATE 18.05/CD points/NNS ./.")
        .timex("9 March 2024", "DATE", "2024-03-09")
        .build();
    assertEquals(List.of("Sat 9 Mar 2024 18.05 GMT/TIME=2024-03-09T18:05", "9 March 2024/DATE=2024-03-09"), dates(a));
  }
  @Test
  void aDottedClockWithAZoneOrHalfOfTheDayIsAClockTime() {
    AnnotatedArticle a = Docs.article("2025-02-28")
        .sentence("09.20/CD CET/NNP")
        .sentence("The/DT ferry/NN left/VBD=leave at/IN 10.15/CD pm/NN ./.")
        .sentence("Rates/NNS rose/VBD=rise 1.05/CD %/NN and/CC 12.30/CD points/NNS ./.")
        .build();
    assertEquals(List.of("09.20 CET/TIME=2025-02-28T09:20", "10.15 pm/TIME=2025-02-28T22:15"), dates(a));
  }

  @Test
  void aDatedDayAndItsClockWithASeparatorBetweenAreOneStamp() {
    AnnotatedArticle a = Docs.article("2031-03-03")
        .sentence("Posted/VBN :/: Mar/NNP@DATE 3/CD@DATE ,/, 2031/CD@DATE //: 06:12/CD@TIME PM/NN@TIME EST/NNP")
        .timex("Mar 3, 2031", "DATE", "2031-03-03")
        .timex("06:12 PM", "TIME", "2031-03-03T18:12")
        .sentence("Updated/VBN :/: Mar/NNP@DATE 4/CD@DATE ,/, 2031/CD@DATE |/: 09:30/CD@TIME AM/NN@TIME")
        .timex("Mar 4, 2031", "DATE", "2031-03-04")
        .timex("09:30 AM", "TIME", "2031-03-03T09:30")
        .build();
    assertEquals(List.of("Mar 3, 2031 / 06:12 PM EST/TIME=2031-03-03T18:12", "Mar 4, 2031 | 09:30 AM/TIME=2031-03-04T09:30"),
        dates(a));
  }

  @Test
  void aClockTakesTheZoneAfterItButADayWithoutItsYearStaysApartFromAClock() {
    AnnotatedArticle a = Docs.article("2031-03-03")
        .sentence("The/DT ferry/NN left/VBD=leave at/IN 2pm/CD@TIME NZDT/NNP ./.")
        .timex("2pm", "TIME", "2031-03-03T14:00")
        .sentence("It/PRP docked/VBD=dock on/IN 1/CD@DATE March/NNP@DATE ,/, 6pm/CD@TIME in/IN Perth/NNP ./.")
        .timex("1 March", "DATE", "2031-03-01")
        .timex("6pm", "TIME", "2031-03-01T18:00")
        .build();
    assertEquals(List.of("2pm NZDT/TIME=2031-03-03T14:00", "1 March/DATE=2031-03-01", "6pm/TIME=2031-03-01T18:00"), dates(a));
  }
}
