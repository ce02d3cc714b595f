package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Tenth round: quotations signed with a dash and a name, as pull quotes and reader responses are. */
class DashSignaturesTest {
  private static final String WAIT = "\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ./. \"/''";
  private static final String CLOSED = "\"/`` The/DT bridge/NN has/VBZ=have been/VBN=be closed/VBN=close"
      + " for/IN a/DT month/NN ./. \"/''";

  @Test
  void aDashAndANameAfterTheQuotationSignIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(WAIT + " \u2015/: Ana/NNP@PERSON Ruiz/NNP@PERSON")
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ana Ruiz | \u2015"), described(a));
  }

  @Test
  void aSignatureInItsOwnParagraphWithADescriptionSignsTheQuotationBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(WAIT)
        .paragraph()
        .sentence("-/: Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT nurse/NN in/IN Harbourton/NNP@CITY ./.")
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ana Ruiz | -"), described(a));
  }

  @Test
  void aDashThatGoesOnWithTheStoryIsNoSignature() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(WAIT + " \u2014/: Ana/NNP@PERSON Ruiz/NNP@PERSON left/VBD=leave the/DT hall/NN ./.")
        .build();
    assertEquals(List.of(), described(a));
  }

  @Test
  void aQuotationAfterASignedOneIsNoContinuationOfIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(WAIT + " \u2015/: Ana/NNP@PERSON Ruiz/NNP@PERSON")
        .paragraph()
        .sentence(CLOSED)
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ana Ruiz | \u2015"), described(a));
  }
}
