package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A quotation opening its sentence and followed by its own attribution, read from the surface (no parse given). */
class OwnAttributionsTest {
  private static List<String> one(String tokens) {
    return described(Docs.article("2019-03-14").sentence(tokens).build());
  }

  @Test
  void anAttributionWithALongTailClaimsTheQuotationThoughTheParseHangsItInside() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ,/, \"/'' the/DT mayor/NN said/VBD=say"
            + " after/IN the/DT vote/NN obtained/VBN=obtain by/IN reporters/NNS=reporter ./.",
            "punct(wait-4, \"-1) nsubj(wait-4, We-2) aux(wait-4, will-3) root(ROOT-0, wait-4) case(report-7, for-5)"
                + " det(report-7, the-6) obl(wait-4, report-7) punct(wait-4, ,-8) punct(wait-4, \"-9)"
                + " det(mayor-11, the-10) nsubj(said-12, mayor-11) acl:relcl(report-7, said-12)"
                + " case(vote-15, after-13) det(vote-15, the-14) obl(said-12, vote-15) acl(vote-15, obtained-16)"
                + " case(reporters-18, by-17) obl(obtained-16, reporters-18) punct(wait-4, .-19)")
        .build();
    assertEquals(List.of("direct | \"We will wait for the report,\" | the mayor | said"), described(a));
  }

  @Test
  void aNameTaggedAsAVerbBeforeTheReportingVerbIsTheSpeaker() {
    assertEquals(List.of("direct | \"The bridge stays closed until May,\" | Rowe | said"),
        one("\"/`` The/DT bridge/NN stays/VBZ=stay closed/JJ until/IN May/NNP ,/, \"/''"
            + " Rowe/VBD=rowe said/VBD=say ./."));
  }

  @Test
  void aShortQuotationWithItsOwnAttributionIsAQuote() {
    assertEquals(List.of("direct | \"Really,\" | she | added"),
        one("\"/`` Really/RB ,/, \"/'' she/PRP added/VBD=add when/WRB the/DT host/NN laughed/VBD=laugh ./."));
  }

  @Test
  void theVerbFirstThenTheSpeaker() {
    assertEquals(List.of("direct | \"Why now?\" | Ana Ruiz | asked"),
        one("\"/`` Why/WRB now/RB ?/. \"/'' asked/VBD=ask Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP"
            + " chairs/VBZ=chair the/DT board/NN ./."));
  }

  @Test
  void aShortQuotationBeforeAVerbThatReportsNothingIsNoQuote() {
    assertEquals(List.of(), one("\"/`` New/JJ start/NN ,/, \"/'' the/DT mayor/NN hoped/VBD=hope ./."));
  }

  @Test
  void aNameSetOffByAnAgeOrARelativeClauseBeforeTheVerbIsTheSpeaker() {
    assertEquals(List.of("direct | \"We lost the keys,\" | Tom Berg | said"),
        one("\"/`` We/PRP lost/VBD=lose the/DT keys/NNS ,/, \"/'' Tom/NNP@PERSON Berg/NNP@PERSON ,/, 41/CD ,/,"
            + " said/VBD=say of/IN the/DT night/NN ./."));
    assertEquals(List.of("direct | \"The vote can wait,\" | Ana Ruiz | said"),
        one("\"/`` The/DT vote/NN can/MD wait/VB=wait ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP"
            + " chairs/VBZ=chair the/DT board/NN ,/, said/VBD=say ./."));
  }

  @Test
  void aLowerCaseRunBeforeTheVerbWithoutCommasIsNoSpeaker() {
    assertEquals(List.of(), one("\"/`` Too/RB late/RB ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON and/CC"
        + " then/RB quietly/RB said/VBD=say ./."));
  }

  @Test
  void theSpeakerAfterTheVerbEndsBeforeItsRelativeClause() {
    assertEquals(List.of("direct | \"The road stays shut,\" | official | said"),
        one("\"/`` The/DT road/NN stays/VBZ=stay shut/JJ ,/, \"/'' said/VBD=say an/DT official/NN who/WP"
            + " asked/VBD=ask not/RB to/TO be/VB=be named/VBN=name ./."));
  }

  @Test
  void aPastParticipleWithItsOwnSubjectIsThePastTense() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` We/PRP won/VBD=win the/DT cup/NN ,/, \"/'' a/DT fan/NN added/VBN=add ./.",
            "punct(won-3, \"-1) nsubj(won-3, We-2) ccomp(added-10, won-3) det(cup-5, the-4) obj(won-3, cup-5)"
                + " punct(won-3, ,-6) punct(won-3, \"-7) det(fan-9, a-8) nsubj(added-10, fan-9)"
                + " root(ROOT-0, added-10) punct(added-10, .-11)")
        .build();
    assertEquals(List.of("direct | \"We won the cup,\" | a fan | added"), described(a));
  }

  @Test
  void aPresentReportingVerbTaggedAsANounAfterItsSpeaker() {
    assertEquals(List.of("direct | \"The rules have changed,\" | two | write"),
        one("\"/`` The/DT rules/NNS have/VBP=have changed/VBN=change ,/, \"/'' the/DT two/CD write/NN=write"
            + " in/IN a/DT letter/NN ./."));
    assertEquals(List.of(), one("\"/`` The/DT rules/NNS have/VBP=have changed/VBN=change ,/, \"/'' a/DT"
        + " voice/NN=voice over/IN the/DT music/NN ./."));
  }
}
