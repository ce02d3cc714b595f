package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Forms of outlets other than US politics: a wire dateline with a date and an agency before the
 * content, continuations in single quotation marks, a new paragraph "X verbs." after a quote, a quotation
 * running over two paragraphs, page fields "Source: X | date", and "reject" with terms on offer.
 */
class ProbeFormsTest {
  private static final String HALE_SAID = "‘/`` The/DT offer/NN is/VBZ=be an/DT insult/NN ,/, ’/'' Tom/NNP@PERSON"
      + " Hale/NNP@PERSON said/VBD=say ./.";

  @Test
  void aWireDatelineIsCutFromTheContent() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("HARBOURTON/NNP@CITY ,/, May/NNP@DATE 3/CD@DATE (/-LRB- Northgate/NNP@ORGANIZATION"
            + " Wire/NNP@ORGANIZATION )/-RRB- -/: The/DT ferry/NN will/MD close/VB=close ,/, officials/NNS=official"
            + " said/VBD=say ./.",
            "root(ROOT-0, said-16) ccomp(said-16, close-13) nsubj(said-16, officials-15) punct(said-16, ,-14)"
                + " punct(said-16, .-17) dep(close-13, HARBOURTON-1) punct(HARBOURTON-1, ,-2) dep(HARBOURTON-1, May-3)"
                + " nummod(May-3, 3-4) punct(Wire-7, (-5) compound(Wire-7, Northgate-6) appos(HARBOURTON-1, Wire-7)"
                + " punct(Wire-7, )-8) punct(close-13, --9) det(ferry-11, The-10) nsubj(close-13, ferry-11)"
                + " aux(close-13, will-12)")
        .build();
    assertEquals(List.of("indirect | The ferry will close | officials | said"), described(a));
  }

  @Test
  void aSingleQuotedSentenceContinuesASingleQuotedQuote() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(HALE_SAID)
        .sentence("‘/`` We/PRP will/MD not/RB go/VB=go back/RB ./. ’/''")
        .build();
    assertEquals(List.of("direct | ‘The offer is an insult,’ | Tom Hale | said",
        "direct | ‘We will not go back.’ | Tom Hale | "), described(a));
  }

  @Test
  void aSingleQuotedLineAfterADoubleQuotedQuoteIsNoContinuation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .paragraph()
        .sentence("‘/`` A/DT Year/NN on/IN the/DT Road/NNP ’/''")
        .build();
    assertEquals(List.of("direct | \"It is closed,\" | Ana Ruiz | said"), described(a));
  }

  @Test
  void aNewParagraphWithAVerbThatReportsNothingIsNoAttribution() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` We/PRP are/VBP=be not/RB closing/VBG=close it/PRP ,/, \"/'' Bea/NNP@PERSON Strand/NNP@PERSON"
            + " said/VBD=say ./.")
        .sentence("\"/`` Nobody/NN uses/VBZ=use it/PRP anymore/RB ./. \"/''")
        .paragraph()
        .sentence("Emil/NNP@PERSON Rask/NNP@PERSON disagrees/VBZ=disagree ./.",
            "compound(Rask-2, Emil-1) nsubj(disagrees-3, Rask-2) root(ROOT-0, disagrees-3) punct(disagrees-3, .-4)")
        .build();
    assertEquals(List.of("direct | \"We are not closing it,\" | Bea Strand | said",
        "direct | \"Nobody uses it anymore.\" | Bea Strand | "), described(a));
  }

  @Test
  void aQuotationLeftOpenAtAParagraphsEndRunsToItWhenTheNextParagraphOpensWithAMark() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` People/NNS=people ask/VBP=ask me/PRP ,/, \"/'' Emil/NNP@PERSON Rask/NNP@PERSON says/VBZ=say ./.")
        .sentence("\"/`` I/PRP tell/VBP=tell them/PRP I/PRP am/VBP=be old/JJ ./.")
        .paragraph()
        .sentence("\"/`` But/CC the/DT river/NN is/VBZ=be different/JJ ./. \"/''")
        .build();
    assertEquals(List.of("direct | \"People ask me,\" | Emil Rask | says",
        "direct | \"I tell them I am old. | Emil Rask | ",
        "direct | \"But the river is different.\" | Emil Rask | "), described(a));
  }

  @Test
  void pageFieldsAfterALabelAreNoQuote() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Source/NN :/: Northgate/NNP Wire/NNP |/SYM 2019-03-14/CD |/SYM Editor/NN :/: Ana/NNP Ruiz/NNP")
        .build();
    assertEquals(List.of(), described(a));
  }

  @Test
  void rejectingTermsOnOfferIsNoQuoteButRejectingAllegationsIs() {
    AnnotatedArticle offer = Docs.article("2019-03-14")
        .sentence("Dock/NN workers/NNS=worker rejected/VBD=reject a/DT 4/CD@PERCENT %/NN@PERCENT pay/NN offer/NN ./.",
            "compound(workers-2, Dock-1) nsubj(rejected-3, workers-2) root(ROOT-0, rejected-3) det(offer-8, a-4)"
                + " nummod(%-6, 4-5) amod(offer-8, %-6) compound(offer-8, pay-7) obj(rejected-3, offer-8)"
                + " punct(rejected-3, .-9)")
        .build();
    AnnotatedArticle allegations = Docs.article("2019-03-14")
        .sentence("The/DT mayor/NN rejected/VBD=reject the/DT allegations/NNS=allegation ./.",
            "det(mayor-2, The-1) nsubj(rejected-3, mayor-2) root(ROOT-0, rejected-3) det(allegations-5, the-4)"
                + " obj(rejected-3, allegations-5) punct(rejected-3, .-6)")
        .build();
    assertEquals(List.of(), described(offer));
    assertEquals(List.of("indirect | the allegations | The mayor | rejected"), described(allegations));
  }

  @Test
  void defendingAPlanIsAQuoteButDefendingAPlaceIsNot() {
    AnnotatedArticle plan = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON defended/VBD=defend the/DT plan/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(defended-3, Ruiz-2) root(ROOT-0, defended-3) det(plan-5, the-4)"
                + " obj(defended-3, plan-5) punct(defended-3, .-6)")
        .build();
    AnnotatedArticle border = Docs.article("2019-03-14")
        .sentence("Troops/NNS=troop defended/VBD=defend Freedonia/NNP@COUNTRY 's/POS border/NN ./.",
            "nsubj(defended-2, Troops-1) root(ROOT-0, defended-2) nmod:poss(border-5, Freedonia-3) case(Freedonia-3, 's-4)"
                + " obj(defended-2, border-5) punct(defended-2, .-6)")
        .build();
    AnnotatedArticle purpose = Docs.article("2019-03-14")
        .sentence("Ruritania/NNP@COUNTRY supports/VBZ=support actions/NNS=action to/TO defend/VB=defend its/PRP$ unity/NN ./.",
            "nsubj(supports-2, Ruritania-1) root(ROOT-0, supports-2) obj(supports-2, actions-3) mark(defend-5, to-4)"
                + " acl(actions-3, defend-5) nmod:poss(unity-7, its-6) obj(defend-5, unity-7) punct(supports-2, .-8)")
        .build();
    assertEquals(List.of("indirect | the plan | Ana Ruiz | defended"), described(plan));
    assertEquals(List.of(), described(border));
    assertEquals(List.of(), described(purpose));
  }
}
