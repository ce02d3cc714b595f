package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** "the first half of 2031, three months later than planned": a date and an amount. Invented sentences. */
class CommaOffsetsTest {
  @Test
  void anAmountAndOffsetAfterACommaIsAnExpressionOfItsOwn() {
    AnnotatedArticle a = Docs.article("2030-05-14")
        .sentence("The/DT dam/NN will/MD open/VB in/IN the/DT@DATE first/JJ@DATE half/NN@DATE of/IN@DATE 2031/CD@DATE ,/,@DATE"
            + " three/CD@DATE months/NNS@DATE later/RB@DATE than/IN planned/VBN=plan ./.")
        .timex("the first half of 2031, three months later", "DATE", "")
        .build();
    assertEquals(List.of("the first half of 2031/DATE=2031-H1", "three months/DURATION=P3M"), DatedRows.typed(a));
  }
}
