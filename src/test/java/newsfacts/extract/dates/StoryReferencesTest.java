package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** "that year", "earlier that day", "that quarter": units pointed back to, valued from the story's own time. */
class StoryReferencesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aUnitAfterThatTakesTheStorysDayOrYearWithItsShiftWord() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN shut/VBD=shut on/IN May/NNP@DATE 2/CD@DATE ,/,@DATE 2011/CD@DATE ./.")
        .timex("May 2, 2011", "DATE", "2011-05-02")
        .sentence("Earlier/RBR that/DT day/NN@DURATION ,/, workers/NNS=worker left/VBD=leave ./.")
        .timex("day", "DURATION", "P1D")
        .sentence("It/PRP reopened/VBD=reopen later/RB that/DT year/NN ./.")
        .sentence("Sales/NNS=sale fell/VBD=fall that/WDT year/NN ./.")
        .build();
    assertEquals(List.of("May 2, 2011/DATE=2011-05-02", "Earlier that day/DATE=2011-05-02", "later that year/DATE=2011",
        "that year/DATE=2011"), dates(a));
  }

  @Test
  void aMonthNamedWithoutADayMovesTheStorysMonth() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT law/NN passed/VBD=pass on/IN May/NNP@DATE 2/CD@DATE ,/,@DATE 2011/CD@DATE ./.")
        .timex("May 2, 2011", "DATE", "2011-05-02")
        .sentence("A/DT poll/NN in/IN June/NNP@DATE 2012/CD@DATE showed/VBD=show support/NN ./.")
        .timex("June 2012", "DATE", "2012-06")
        .sentence("That/DT month/NN ,/, the/DT bill/NN failed/VBD=fail ./.")
        .build();
    assertEquals(List.of("May 2, 2011/DATE=2011-05-02", "June 2012/DATE=2012-06", "That month/DATE=2012-06"), dates(a));
  }

  @Test
  void thatAsAConjunctionOrBeforeAnotherUnitIsNoReference() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("She/PRP said/VBD=say that/IN day/NN care/NN costs/VBZ=cost more/JJR ./.")
        .sentence("It/PRP lasted/VBD=last that/DT decade/NN ./.")
        .build();
    assertEquals(List.of(), dates(a));
  }
}
