package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import org.junit.jupiter.api.Test;

/** Copy that mixes straight and curly quotation marks: pairs by where a mark stands, not by its shape. */
class MixedQuotationMarksTest {
  private static List<String> quoted(String text) {
    return QuotationMarks.find(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aStraightMarkClosesALeftCurlyOne() {
    assertEquals(List.of("\u201CThe bridge is closed,\"", "\"We will wait.\u201D"),
        quoted("\u201CThe bridge is closed,\" she said. \"We will wait.\u201D"));
  }

  @Test
  void aLeftMarkPlacedAsAClosingOneCloses() {
    assertEquals(List.of("\u201CIt is late,\u201C"), quoted("\u201CIt is late,\u201C said the mayor."));
  }

  @Test
  void aRightMarkPlacedAsAnOpeningOneOpens() {
    assertEquals(List.of("\u201DWe will wait.\u201D"), quoted("\u201DWe will wait.\u201D wrote a reader."));
  }

  @Test
  void straightMarksNestedInCurlyOnesStayInside() {
    assertEquals(List.of("\u201CShe called it \"a mistake\" on Monday.\u201D"),
        quoted("\u201CShe called it \"a mistake\" on Monday.\u201D"));
  }

  @Test
  void straightMarksStillPairInOrder() {
    String text = "\"It rained,\" he said, and \"it stopped.\"";
    assertEquals(List.of(new CharSpan(0, 12), new CharSpan(26, 39)), QuotationMarks.find(text));
  }

  @Test
  void anAttributionBetweenMixedMarksIsOutsideTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\u201C/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .sentence("\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ./. \u201D/''")
        .build();
    assertEquals(List.of("direct | \u201CIt is closed,\" | Ana Ruiz | said",
        "direct | \"We will wait for the report.\u201D | Ana Ruiz | "), described(a));
  }
}
