package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fifth round: nested closing quotation marks before a trailing attribution, a trailing
 * subject with an apposition, ...
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

  private static final String APPOSED = "compound(Ruiz-5, Ana-4) nsubj(said-11, Ruiz-5) punct(Ruiz-5, ,-6)"
      + " det(chair-9, the-7) compound(chair-9, board-8) appos(Ruiz-5, chair-9) punct(Ruiz-5, ,-10)"
      + " root(ROOT-0, said-11) punct(said-11, .-12)";

  @Test
  void aTrailingSubjectWithAnAppositionEndsTheQuotedContent() {
    assertEquals(List.of("direct | \"We wait,\" | Ana Ruiz | said"),
        one("\"/`` We/PRP wait/VBP=wait ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT board/NN chair/NN ,/,"
            + " said/VBD=say ./.", "nsubj(wait-3, We-2) dep(said-13, wait-3) compound(Ruiz-7, Ana-6) nsubj(said-13, Ruiz-7)"
                + " punct(Ruiz-7, ,-8) det(chair-11, the-9) compound(chair-11, board-10) appos(Ruiz-7, chair-11)"
                + " punct(Ruiz-7, ,-12) root(ROOT-0, said-13) punct(said-13, .-14)"));
  }

  @Test
  void aFrontedAdjunctBeforeAnApposedSubjectIsNoContent() {
    assertEquals(List.of(),
        one("On/IN Monday/NNP@DATE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT board/NN chair/NN ,/,"
            + " said/VBD=say ./.", "case(Monday-2, On-1) obl(said-11, Monday-2) punct(said-11, ,-3) " + APPOSED));
  }
}
