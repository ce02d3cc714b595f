package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A quarter named by its closing month, "the December quarter", on invented sentences. */
class MonthQuartersTest {

  @Test
  void aClosingMonthBeforeQuarterNamesThatQuarter() {
    AnnotatedArticle a = Docs.article("2031-01-22")
        .sentence("Prices/NNS rose/VBD=rise 0.6/CD %/NN in/IN the/DT December/NNP@DATE quarter/NN ./.")
        .timex("December", "DATE", "2030-12")
        .build();
    assertEquals(List.of("the December quarter/DATE=2030-Q4"), DatedRows.typed(a));
  }

  @Test
  void anotherMonthOrAMonthWithoutQuarterStaysTheMonth() {
    AnnotatedArticle a = Docs.article("2031-08-22")
        .sentence("Sales/NNS fell/VBD=fall in/IN the/DT May/NNP@DATE quarter/NN and/CC rose/VBD=rise in/IN June/NNP@DATE ./.")
        .timex("May", "DATE", "2031-05")
        .timex("June", "DATE", "2031-06")
        .build();
    assertEquals(List.of("May/DATE=2031-05", "June/DATE=2031-06"), DatedRows.typed(a));
  }

  @Test
  void aCapitalTheOpeningTheSentenceIsInside() {
    AnnotatedArticle a = Docs.article("2031-01-22")
        .sentence("The/DT December/NNP@DATE quarter/NN was/VBD=be strong/JJ ./.")
        .timex("December", "DATE", "2030-12")
        .build();
    assertEquals(List.of("The December quarter/DATE=2030-Q4"), DatedRows.typed(a));
  }
}
