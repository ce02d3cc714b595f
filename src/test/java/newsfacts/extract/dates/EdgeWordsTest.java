package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Sentence words the annotator takes in at the edges of an expression stay outside. Invented sentences. */
class EdgeWordsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aVerbAndItsPrepositionBeforeADateStayOutside() {
    AnnotatedArticle a = Docs.article("2024-03-05")
        .sentence("Ana/NNP Ruiz/NNP said/VBD=say the/DT tax/NN would/MD end/VB in/IN@DATE 2026/CD@DATE ./.")
        .timex("end in 2026", "DATE", "2026")
        .build();
    assertEquals(List.of("2026/DATE=2026"), dates(a));
  }

  @Test
  void aFallInAQuarterIsNoSeason() {
    AnnotatedArticle a = Docs.article("2025-02-28")
        .sentence("The/DT Freedonian/JJ carrier/NN reported/VBD=report a/DT fall/NN@DATE in/IN@DATE fourth-quarter/JJ@DATE profit/NN ./.")
        .timex("fall in fourth-quarter", "DATE", "2025-Q4-FA")
        .build();
    assertEquals(List.of("fourth-quarter/DATE=2024-Q4"), dates(a));
  }

  @Test
  void aPrepositionThatOpensAPhraseStaysOutside() {
    AnnotatedArticle a = Docs.article("2024-10-12")
        .sentence("Ana/NNP Ruiz/NNP spoke/VBD=speak on/IN Monday/NNP@DATE before/IN@DATE leaving/VBG=leave ./.")
        .timex("Monday before", "DATE", "2024-10-07")
        .sentence("Prices/NNS have/VBP=have risen/VBN=rise every/DT@SET month/NN@SET since/IN@SET July/NNP@SET ./.")
        .timex("every month since", "SET", "XXXX-08")
        .timex("July", "SET", "XXXX-08")
        .build();
    assertEquals(List.of("Monday/DATE=2024-10-07", "every month/SET=P1M", "July/DATE=2024-07"), dates(a));
  }

  @Test
  void aPrepositionWithNothingAfterItOrBeforeAnUnnamedDayStays() {
    AnnotatedArticle a = Docs.article("2024-10-12")
        .sentence("They/PRP had/VBD=have met/VBN=meet the/DT@DATE day/NN@DATE before/IN@DATE ./.")
        .timex("the day before", "DATE", "2024-10-11")
        .build();
    assertEquals(List.of("the day before/DATE=2024-10-11"), dates(a));
  }

  @Test
  void anAdverbWithOnBeforeADayLeavesTheDay() {
    // 2024-10-12 is a Saturday; "late Tuesday" has no preposition and stays whole
    AnnotatedArticle a = Docs.article("2024-10-12")
        .sentence("The/DT ferry/NN docked/VBD=dock late/RB@DATE on/IN@DATE Tuesday/NNP@DATE ./.")
        .timex("late on Tuesday", "DATE", "2024-10-08")
        .sentence("The/DT vote/NN was/VBD=be held/VBN=hold earlier/RBR@DATE on/IN@DATE 3/CD@DATE October/NNP@DATE ./.")
        .timex("earlier on 3 October", "DATE", "2024-10-03")
        .sentence("The/DT pier/NN closed/VBD=close late/RB@DATE Tuesday/NNP@DATE ./.")
        .timex("late Tuesday", "DATE", "2024-10-08")
        .build();
    assertEquals(List.of("Tuesday/DATE=2024-10-08", "3 October/DATE=2024-10-03", "late Tuesday/DATE=2024-10-08"), dates(a));
  }
}
