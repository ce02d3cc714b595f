package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** "the near term" and its kind as a time ahead, on invented sentences. */
class TermPhrasesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void theNearTermIsATimeAhead() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Harbourton/NNP Mills/NNPS expects/VBZ=expect weak/JJ sales/NNS=sale in/IN the/DT near/JJ term/NN ./.")
        .sentence("Over/IN the/DT short/JJ term/NN ,/, Ana/NNP Ruiz/NNP said/VBD=say ,/, prices/NNS=price will/MD fall/VB ./.")
        .build();
    assertEquals(List.of("the near term/DATE=FUTURE_REF", "the short term/DATE=FUTURE_REF"), dates(a));
  }

  @Test
  void termBeforeANounIsAdjectival() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN repaid/VBD=repay the/DT short/JJ term/NN debt/NN and/CC the/DT long/JJ -/HYPH term/NN loans/NNS=loan ./.")
        .build();
    assertEquals(List.of(), dates(a));
  }
}
