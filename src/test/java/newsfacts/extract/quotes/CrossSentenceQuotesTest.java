package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Quotations attributed in another sentence: colon forms, attribution after a question, continuations. */
class CrossSentenceQuotesTest {
  private static final String WAIT = "\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ./. \"/''";

  @Test
  void aReportingVerbBeforeAColonIntroducesTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mayor/NN added/VBD=add :/: " + WAIT,
            "det(mayor-2, The-1) nsubj(added-3, mayor-2) root(ROOT-0, added-3) punct(added-3, :-4)"
                + " punct(wait-8, \"-5) nsubj(wait-8, We-6) aux(wait-8, will-7) parataxis(added-3, wait-8)"
                + " case(report-11, for-9) det(report-11, the-10) obl(wait-8, report-11) punct(wait-8, .-12)"
                + " punct(wait-8, \"-13)")
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | The mayor | added"), described(a));
  }

  @Test
  void aNameAndAColonOpeningALineIntroduceTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON :/: " + WAIT)
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ana Ruiz | :"), described(a));
  }

  @Test
  void aShortAttributionAfterAQuestionClaimsIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` Why/WRB is/VBZ=be the/DT bridge/NN closed/VBN=close ?/. \"/''")
        .sentence("she/PRP asked/VBD=ask ./.", "nsubj(asked-2, she-1) root(ROOT-0, asked-2) punct(asked-2, .-3)")
        .build();
    assertEquals(List.of("direct | \"Why is the bridge closed?\" | she | asked"), described(a));
  }

  @Test
  void aQuotationAfterADirectQuoteContinuesItWithAnEmptyCue() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .sentence(WAIT)
        .paragraph()
        .sentence("\"/`` The/DT repairs/NNS=repair take/VBP=take a/DT month/NN ./. \"/''")
        .build();
    assertEquals(List.of("direct | \"It is closed,\" | Ana Ruiz | said",
        "direct | \"We will wait for the report.\" | Ana Ruiz | ",
        "direct | \"The repairs take a month.\" | Ana Ruiz | "), described(a));
  }

  @Test
  void aQuotationAfterNarrationIsNoContinuation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .paragraph()
        .sentence("The/DT council/NN met/VBD=meet on/IN Monday/NNP@DATE and/CC approved/VBD=approve"
            + " the/DT budget/NN for/IN the/DT coming/VBG year/NN ./.")
        .paragraph()
        .sentence(WAIT)
        .build();
    assertEquals(List.of("direct | \"It is closed,\" | Ana Ruiz | said"), described(a));
  }

  @Test
  void aCueAndItsSpeakerInsideAQuotationAreTheQuotedWords() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` You/PRP will/MD have/VB=have to/TO ask/VB=ask them/PRP ,/, \"/'' Ana/NNP@PERSON"
            + " Ruiz/NNP@PERSON said/VBD=say ./.")
        .build();
    assertEquals(List.of("direct | \"You will have to ask them,\" | Ana Ruiz | said"), described(a));
  }
  @Test
  void aLongAttributionEndingTheSentenceStillLeadsToTheContinuation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' said/VBD=say Ana/NNP@PERSON Ruiz/NNP@PERSON ,/,"
            + " a/DT lawyer/NN who/WP has/VBZ=have represented/VBN=represent the/DT riverside/NN"
            + " tenants/NNS=tenant in/IN every/DT dispute/NN with/IN the/DT harbour/NN authority/NN"
            + " since/IN the/DT flood/NN ./.")
        .sentence(WAIT)
        .build();
    assertEquals(List.of("direct | \"It is closed,\" | Ana Ruiz | said",
        "direct | \"We will wait for the report.\" | Ana Ruiz | "), described(a));
  }

  @Test
  void aParticiplePhraseAfterTheSpeakerDoesNotBreakTheContinuation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' said/VBD=say Ana/NNP@PERSON Ruiz/NNP@PERSON ,/,"
            + " speaking/VBG=speak of/IN the/DT bridge/NN ./.",
            "punct(closed-4, \"-1) nsubj(closed-4, It-2) cop(closed-4, is-3) ccomp(said-7, closed-4)"
                + " punct(said-7, ,-5) punct(said-7, \"-6) root(ROOT-0, said-7) nsubj(said-7, Ruiz-9)"
                + " compound(Ruiz-9, Ana-8) punct(said-7, ,-10) advcl(said-7, speaking-11) case(bridge-14, of-12)"
                + " det(bridge-14, the-13) obl(speaking-11, bridge-14) punct(said-7, .-15)")
        .sentence(WAIT)
        .build();
    List<String> quotes = described(a);
    assertEquals("direct | \"We will wait for the report.\" | Ana Ruiz | ", quotes.get(quotes.size() - 1));
  }

  @Test
  void aSingleQuotedLineAfterAQuoteIsAHeadingNotAContinuation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .paragraph()
        .sentence("'/`` Down/IN the/DT Old/NNP River/NNP Road/NNP ./. '/''")
        .build();
    assertEquals(List.of("direct | \"It is closed,\" | Ana Ruiz | said"), described(a));
  }
  @Test
  void anOpeningDoubledMarkLeftAtTheEndOfTheSentenceBeforeStillOpensTheContinuation() {
    // archive copy: ''It is closed,'' Ana Ruiz said. ''We will wait.'' where the tokenizer keeps the
    // second opening mark in the first sentence (the builder puts a space after it)
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("''/`` It/PRP is/VBZ=be closed/JJ ,/, ''/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./. ''/``")
        .sentence("We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ./. ''/''")
        .build();
    assertEquals(List.of("direct | ''It is closed,'' | Ana Ruiz | said",
        "direct | '' We will wait for the report.'' | Ana Ruiz | "), described(a));
  }
}
