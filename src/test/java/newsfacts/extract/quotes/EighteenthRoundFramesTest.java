package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, eighteenth round: "called on X to act" parsed with "on" as the mark of the infinitive, "called
 * for X" read as a demand, and a that-clause the parse hung on the noun of a phrase after the verb
 * ("wrote in a letter to the board that ...").
 */
class EighteenthRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void calledOnWithOnAsTheMarkOfTheInfinitiveReportsTheClause() {
    // "Ana Ruiz, meanwhile, called on the council to resign."
    assertEquals(List.of("indirect | the council to resign | Ana Ruiz | called on"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, meanwhile/RB ,/, called/VBD=call on/IN the/DT council/NN to/TO resign/VB ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-6, Ruiz-2) punct(called-6, ,-3) advmod(called-6, meanwhile-4)"
                + " punct(called-6, ,-5) root(ROOT-0, called-6) mark(resign-11, on-7) det(council-9, the-8)"
                + " nsubj(resign-11, council-9) mark(resign-11, to-10) advcl(called-6, resign-11) punct(called-6, .-12)"));
  }

  @Test
  void aCallOnAFridayToThankSomeoneIsATelephoneCall() {
    // "Ana Ruiz, meanwhile, called on Friday to thank him." (the parse makes "on" the infinitive's mark)
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, meanwhile/RB ,/, called/VBD=call on/IN Friday/NNP@DATE to/TO thank/VB"
                + " him/PRP=he ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-6, Ruiz-2) punct(called-6, ,-3) advmod(called-6, meanwhile-4)"
                + " punct(called-6, ,-5) root(ROOT-0, called-6) mark(thank-10, on-7) nsubj(thank-10, Friday-8)"
                + " mark(thank-10, to-9) advcl(called-6, thank-10) obj(thank-10, him-11) punct(called-6, .-12)"));
  }

  @Test
  void calledForADemandReportsWhatWasDemanded() {
    // "Ana Ruiz called for the closure of the port in response to the storm." (a surface match read "to the storm")
    assertEquals(List.of("indirect | the closure of the port | Ana Ruiz | called for"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call for/IN the/DT closure/NN of/IN the/DT port/NN in/IN"
                + " response/NN to/IN the/DT storm/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) case(closure-6, for-4)"
                + " det(closure-6, the-5) obl(called-3, closure-6) case(port-9, of-7) det(port-9, the-8)"
                + " nmod(closure-6, port-9) case(response-11, in-10) obl(called-3, response-11) case(storm-14, to-12)"
                + " det(storm-14, the-13) nmod(response-11, storm-14) punct(called-3, .-15)"));
  }

  @Test
  void aThatClauseHungOnTheNounOfAPhraseAfterTheVerbIsItsContent() {
    // "Ana Ruiz wrote in a letter that the port is safe."
    assertEquals(List.of("indirect | the port is safe | Ana Ruiz | wrote"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON wrote/VBD=write in/IN a/DT letter/NN that/WDT the/DT port/NN is/VBZ=be safe/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(wrote-3, Ruiz-2) root(ROOT-0, wrote-3) case(letter-6, in-4)"
                + " det(letter-6, a-5) obl(wrote-3, letter-6) dep(safe-11, that-7) det(port-9, the-8)"
                + " nsubj(safe-11, port-9) cop(safe-11, is-10) ccomp(letter-6, safe-11) punct(wrote-3, .-12)"));
  }

  @Test
  void aRelativeClauseOnTheNounIsNoContent() {
    // "Ana Ruiz wrote in a letter that the board read."
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON wrote/VBD=write in/IN a/DT letter/NN that/WDT the/DT board/NN read/VBD ./.",
            "compound(Ruiz-2, Ana-1) nsubj(wrote-3, Ruiz-2) root(ROOT-0, wrote-3) case(letter-6, in-4)"
                + " det(letter-6, a-5) obl(wrote-3, letter-6) obj(read-10, that-7) det(board-9, the-8)"
                + " nsubj(read-10, board-9) acl:relcl(letter-6, read-10) punct(wrote-3, .-11)"));
  }

  @Test
  void aThatClauseOnTheNounOfATopicBelongsToTheNoun() {
    // "Ana Ruiz was asked about reports that the port is unsafe." (the reports claim it, not Ana Ruiz)
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON was/VBD=be asked/VBN=ask about/IN reports/NNS=report that/IN the/DT"
                + " port/NN is/VBZ=be unsafe/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj:pass(asked-4, Ruiz-2) aux:pass(asked-4, was-3) root(ROOT-0, asked-4)"
                + " case(reports-6, about-5) obl(asked-4, reports-6) mark(unsafe-11, that-7) det(port-9, the-8)"
                + " nsubj(unsafe-11, port-9) cop(unsafe-11, is-10) ccomp(reports-6, unsafe-11) punct(asked-4, .-12)"));
  }

  @Test
  void aComplementHungInsideAPhraseAfterTheObjectMakesCallAPosition() {
    // "Ana Ruiz called her vote on the bridge a mistake."
    assertEquals(List.of("indirect | her vote on the bridge a mistake | Ana Ruiz | called"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call her/PRP$=she vote/NN on/IN the/DT bridge/NN a/DT mistake/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) nmod:poss(vote-5, her-4)"
                + " obj(called-3, vote-5) case(bridge-8, on-6) det(bridge-8, the-7) obl(called-3, bridge-8)"
                + " det(mistake-10, a-9) obl:npmod(bridge-8, mistake-10) punct(called-3, .-11)"));
  }

  @Test
  void aComplementHungOnTheVerbWithNoPrepositionMakesCallAPosition() {
    // "Ana Ruiz called the speech a turning point."
    assertEquals(List.of("indirect | the speech a turning point | Ana Ruiz | called"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call the/DT speech/NN a/DT turning/NN point/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) det(speech-5, the-4)"
                + " obj(called-3, speech-5) det(point-8, a-6) compound(point-8, turning-7) obl:tmod(called-3, point-8)"
                + " punct(called-3, .-9)"));
  }

  @Test
  void aDateAfterTheObjectIsNoComplement() {
    // "Ana Ruiz called the senator Monday."
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call the/DT senator/NN Monday/NNP@DATE ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) det(senator-5, the-4)"
                + " obj(called-3, senator-5) obl:tmod(called-3, Monday-6) punct(called-3, .-7)"));
  }

  @Test
  void aProFormAfterSayIsWhatWasSaid() {
    // "The mayor said as much in an interview."
    assertEquals(List.of("indirect | as much | The mayor | said"),
        one("The/DT mayor/NN said/VBD=say as/RB much/JJ in/IN an/DT interview/NN ./.",
            "det(mayor-2, The-1) nsubj(said-3, mayor-2) root(ROOT-0, said-3) advmod(much-5, as-4) dep(said-3, much-5)"
                + " case(interview-8, in-6) det(interview-8, an-7) obl(said-3, interview-8) punct(said-3, .-9)"));
  }

  @Test
  void aProFormThatGoesOnIsNoContentOfItsOwn() {
    // "The mayor said the same thing would happen." (the clause is the content)
    assertEquals(List.of("indirect | the same thing would happen | The mayor | said"),
        one("The/DT mayor/NN said/VBD=say the/DT same/JJ thing/NN would/MD happen/VB ./.",
            "det(mayor-2, The-1) nsubj(said-3, mayor-2) root(ROOT-0, said-3) det(thing-6, the-4) amod(thing-6, same-5)"
                + " nsubj(happen-8, thing-6) aux(happen-8, would-7) ccomp(said-3, happen-8) punct(said-3, .-9)"));
  }

  @Test
  void aLongTailWithTheOneSpokenToStillEndsATrailingAttribution() {
    // "The port will close, Ana Ruiz told reporters on Monday following talks with the board members."
    assertEquals(List.of("indirect | The port will close | Ana Ruiz | told"),
        one("The/DT port/NN will/MD close/VB ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON told/VBD=tell reporters/NNS=reporter on/IN"
                + " Monday/NNP@DATE following/VBG=follow talks/NNS=talk with/IN the/DT board/NN members/NNS=member ./.",
            "det(port-2, The-1) nsubj(close-4, port-2) aux(close-4, will-3) advcl(told-8, close-4) punct(told-8, ,-5)"
                + " compound(Ruiz-7, Ana-6) nsubj(told-8, Ruiz-7) root(ROOT-0, told-8) obj(told-8, reporters-9)"
                + " case(Monday-11, on-10) obl(told-8, Monday-11) case(talks-13, following-12) obl(told-8, talks-13)"
                + " case(members-17, with-14) det(members-17, the-15) compound(members-17, board-16) nmod(talks-13, members-17)"
                + " punct(told-8, .-18)"));
  }

  @Test
  void aReportingVerbParsedAsTheClausalSubjectOfWhatItReports() {
    // "Officials insist the deal is technical."
    assertEquals(List.of("indirect | the deal is technical | Officials | insist"),
        one("Officials/NNS=official insist/VBP=insist the/DT deal/NN is/VBZ=be technical/JJ ./.",
            "nsubj(insist-2, Officials-1) csubj(technical-6, insist-2) det(deal-4, the-3) obj(insist-2, deal-4)"
                + " cop(technical-6, is-5) root(ROOT-0, technical-6) punct(technical-6, .-7)"));
  }

  @Test
  void anInnerContentEndsBeforeTheAttributionItIsPartOf() {
    // "Ruiz said the port is safe, the ministry said."
    assertEquals(List.of("indirect | Ruiz said the port is safe | the ministry | said",
            "indirect | the port is safe | Ruiz | said"),
        one("Ruiz/NNP@PERSON said/VBD=say the/DT port/NN is/VBZ=be safe/JJ ,/, the/DT ministry/NN said/VBD=say ./.",
            "nsubj(said-2, Ruiz-1) ccomp(said-10, said-2) det(port-4, the-3) nsubj(safe-6, port-4) cop(safe-6, is-5)"
                + " ccomp(said-2, safe-6) punct(said-10, ,-7) det(ministry-9, the-8) nsubj(said-10, ministry-9)"
                + " root(ROOT-0, said-10) punct(said-10, .-11)"));
  }

  @Test
  void askingNotToBeNamedIsNoQuote() {
    // "Ana Ruiz asked not to be named."
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON asked/VBD=ask not/RB to/TO be/VB named/VBN=name ./.",
            "compound(Ruiz-2, Ana-1) nsubj(asked-3, Ruiz-2) root(ROOT-0, asked-3) advmod(named-7, not-4)"
                + " mark(named-7, to-5) aux:pass(named-7, be-6) xcomp(asked-3, named-7) punct(asked-3, .-8)"));
  }
}
