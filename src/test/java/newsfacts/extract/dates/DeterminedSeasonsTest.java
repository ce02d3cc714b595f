package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** "in the spring" -> "the spring": the article of a season or part of the day stays inside. */
class DeterminedSeasonsTest {
  @Test
  void theArticleJoinsASeasonOrPartOfTheDayThatHeadsItsPhrase() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Quelland/NNP cut/VBD=cut funding/NN in/IN the/DT spring/NN@DATE ./.")
        .timex("spring", "DATE", "2019-SP")
        .sentence("The/DT ferry/NN left/VBD=leave early/RB in/IN the/DT morning/NN@TIME ./.")
        .timex("morning", "TIME", "2019-03-14TMO")
        .build();
    assertEquals(List.of("the spring/DATE=2019-SP", "the morning/TIME=2019-03-14TMO"), DatedRows.typed(a));
  }

  @Test
  void aSeasonBeforeANounOrWithoutArticleKeepsItsSpan() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT summer/NN@DATE fair/NN opened/VBD=open ./.")
        .timex("summer", "DATE", "2019-SU")
        .sentence("Prices/NNS fell/VBD=fall over/IN winter/NN@DATE ./.")
        .timex("winter", "DATE", "2019-WI")
        .build();
    assertEquals(List.of("summer/DATE=2019-SU", "winter/DATE=2018-WI"), DatedRows.typed(a));
  }

  @Test
  void aDemonstrativeJoinsAPartOfTheDayButTheConjunctionDoesNot() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT fair/NN opens/VBZ=open Sunday/NNP@DATE ,/, with/IN a/DT parade/NN that/DT afternoon/NN@TIME ./.")
        .timex("Sunday", "DATE", "2019-03-17")
        .timex("afternoon", "TIME", "2019-03-14TAF")
        .sentence("Ana/NNP Ruiz/NNP said/VBD=say that/IN night/NN@TIME fell/VBD=fall early/RB ./.")
        .timex("night", "TIME", "2019-03-14TNI")
        .build();
    List<String> rows = DatedRows.typed(a);
    assertEquals("that afternoon", rows.get(1).split("/")[0]);
    assertEquals("night", rows.get(2).split("/")[0]);
  }
}
