package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fifth round: nested closing quotation marks before a trailing attribution, ...
 */
class FifthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aNestedQuoteClosingBeforeTheAttributionStillEndsTheContent() {
    assertEquals(List.of("direct | ''They told us, `Wait,'' | Ana Ruiz | said"),
        one("''/`` They/PRP told/VBD=tell us/PRP ,/, `/`` Wait/VB=wait ,/, '/'' ''/'' said/VBD=say"
            + " Ana/NNP@PERSON Ruiz/NNP@PERSON ./."));
  }
}
