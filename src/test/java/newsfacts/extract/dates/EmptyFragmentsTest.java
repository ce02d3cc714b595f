package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Pieces tagged with no value that name no time are dropped; a unit, a day part or a digit keeps one. Invented sentences. */
class EmptyFragmentsTest {
  @Test
  void aValuelessPieceWithoutATimeWordIsDropped() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP Ruiz/NNP marked/VBD=mark her/PRP$ 70th/JJ@DATE birthday/NN@DATE at/IN this/DT@TIME debate/NN@TIME ./.")
        .timex("70th birthday", "DATE", "")
        .timex("this debate", "TIME", "")
        .sentence("It/PRP was/VBD=be her/PRP$ second/JJ@DATE year/NN@DATE in/IN Quelland/NNP ./.")
        .timex("second year", "DATE", "")
        .build();
    assertEquals(List.of("second year/DATE="), DatedRows.typed(a));
  }
}
