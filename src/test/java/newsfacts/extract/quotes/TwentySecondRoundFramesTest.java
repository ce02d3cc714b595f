package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, twenty-second round: a that-clause the parse hung on the verb governing the reporting verb
 * ("continues to insist, ..., that C"), and a reporting gerund after a preposition whose phrase the parse hung
 * on a noun or made an oblique ("for saying that C", "despite admitting that C"), and the clause with no "that"
 * after the addressee of a verb of telling ("told a meeting in Velmar the port would stay open"), and the question
 * after the addressee of a verb of asking ("asked the mayor what she thought of the plan to sell the port").
 */
class TwentySecondRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aThatClauseOnTheGoverningVerbIsTheReportingVerbsContent() {
    // "The mayor continues to insist, in an interview, that the budget is balanced."
    assertEquals(List.of("indirect | the budget is balanced | The mayor | insist"),
        one("The/DT mayor/NN continues/VBZ=continue to/TO insist/VB ,/, in/IN an/DT interview/NN ,/, that/IN the/DT"
                + " budget/NN is/VBZ=be balanced/VBN=balance ./.",
            "det(mayor-2, The-1) nsubj(continues-3, mayor-2) root(ROOT-0, continues-3) mark(insist-5, to-4)"
                + " xcomp(continues-3, insist-5) punct(continues-3, ,-6) case(interview-9, in-7) det(interview-9, an-8)"
                + " obl(continues-3, interview-9) punct(continues-3, ,-10) mark(balanced-15, that-11)"
                + " det(budget-13, the-12) nsubj:pass(balanced-15, budget-13) aux:pass(balanced-15, is-14)"
                + " ccomp(continues-3, balanced-15) punct(continues-3, .-16)"));
  }

  @Test
  void aClauseBeforeTheReportingVerbIsNotTakenFromTheGoverningVerb() {
    // "The mayor continues to insist on a vote, so that the budget is balanced." (a purpose clause, no "that" mark
    // of its own before a subject: "so that")
    assertEquals(List.of(),
        one("The/DT mayor/NN continues/VBZ=continue to/TO insist/VB on/IN a/DT vote/NN ,/, so/RB that/IN the/DT"
                + " budget/NN is/VBZ=be balanced/VBN=balance ./.",
            "det(mayor-2, The-1) nsubj(continues-3, mayor-2) root(ROOT-0, continues-3) mark(insist-5, to-4)"
                + " xcomp(continues-3, insist-5) case(vote-8, on-6) det(vote-8, a-7) obl(insist-5, vote-8)"
                + " punct(continues-3, ,-9) mark(balanced-15, so-10) mark(balanced-15, that-11) det(budget-13, the-12)"
                + " nsubj:pass(balanced-15, budget-13) aux:pass(balanced-15, is-14) advcl(continues-3, balanced-15)"
                + " punct(continues-3, .-16)"));
  }

  @Test
  void aGerundAfterForHungOnANounIsSpokenByTheClausesSubject() {
    // "Officials criticized Ana Ruiz, who chairs the board, for her role and for saying that the fee was fair."
    assertEquals(List.of("indirect | Ana Ruiz, who chairs the board, for her role and for saying that the fee was fair"
            + " | Officials | criticized", "indirect | the fee was fair | Ana Ruiz | saying"),
        one("Officials/NNS=official criticized/VBD=criticize Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP chairs/VBZ=chair"
                + " the/DT board/NN ,/, for/IN her/PRP$=she role/NN and/CC for/IN saying/VBG=say that/IN the/DT"
                + " fee/NN was/VBD=be fair/JJ ./.",
            "nsubj(criticized-2, Officials-1) root(ROOT-0, criticized-2) compound(Ruiz-4, Ana-3) obj(criticized-2, Ruiz-4)"
                + " punct(Ruiz-4, ,-5) nsubj(chairs-7, who-6) acl:relcl(Ruiz-4, chairs-7) det(board-9, the-8)"
                + " obj(chairs-7, board-9) punct(chairs-7, ,-10) case(role-13, for-11) nmod:poss(role-13, her-12)"
                + " obl(chairs-7, role-13) cc(saying-16, and-14) case(saying-16, for-15) conj(role-13, saying-16)"
                + " mark(fair-21, that-17) det(fee-19, the-18) nsubj(fair-21, fee-19) cop(fair-21, was-20)"
                + " ccomp(saying-16, fair-21) punct(criticized-2, .-22)"));
  }

  @Test
  void aGerundOnAVerbWithAnObjectIsSpokenByTheObject() {
    // "The union thanked the council for saying that the port would stay open."
    assertEquals(List.of("indirect | the council for saying that the port would stay open | The union | thanked",
            "indirect | the port would stay open | the council | saying"),
        one("The/DT union/NN thanked/VBD=thank the/DT council/NN for/IN saying/VBG=say that/IN the/DT port/NN"
                + " would/MD stay/VB open/JJ ./.",
            "det(union-2, The-1) nsubj(thanked-3, union-2) root(ROOT-0, thanked-3) det(council-5, the-4)"
                + " obj(thanked-3, council-5) case(saying-7, for-6) obl(thanked-3, saying-7) mark(stay-12, that-8)"
                + " det(port-10, the-9) nsubj(stay-12, port-10) aux(stay-12, would-11) ccomp(saying-7, stay-12)"
                + " xcomp(stay-12, open-13) punct(thanked-3, .-14)"));
  }

  @Test
  void aGerundAfterAnotherPrepositionIsSpokenByTheSubject() {
    // "The union met the mayor after saying that the port would stay open."
    assertEquals(List.of("indirect | the port would stay open | The union | saying"),
        one("The/DT union/NN met/VBD=meet the/DT mayor/NN after/IN saying/VBG=say that/IN the/DT port/NN"
                + " would/MD stay/VB open/JJ ./.",
            "det(union-2, The-1) nsubj(met-3, union-2) root(ROOT-0, met-3) det(mayor-5, the-4)"
                + " obj(met-3, mayor-5) case(saying-7, after-6) obl(met-3, saying-7) mark(stay-12, that-8)"
                + " det(port-10, the-9) nsubj(stay-12, port-10) aux(stay-12, would-11) ccomp(saying-7, stay-12)"
                + " xcomp(stay-12, open-13) punct(met-3, .-14)"));
  }

  @Test
  void aGerundAfterWithoutReportsNothing() {
    // "Tom Bell left the meeting without saying that he would resign." (what was not said)
    assertEquals(List.of(),
        one("Tom/NNP@PERSON Bell/NNP@PERSON left/VBD=leave the/DT meeting/NN without/IN saying/VBG=say that/IN"
                + " he/PRP would/MD resign/VB ./.",
            "compound(Bell-2, Tom-1) nsubj(left-3, Bell-2) root(ROOT-0, left-3) det(meeting-5, the-4)"
                + " obj(left-3, meeting-5) case(saying-7, without-6) obl(left-3, saying-7) mark(resign-11, that-8)"
                + " nsubj(resign-11, he-9) aux(resign-11, would-10) ccomp(saying-7, resign-11) punct(left-3, .-12)"));
  }

  @Test
  void aClauseAfterTheAddresseeOfTellingIsTheContentWithoutTheAddressee() {
    // "Ana Ruiz told a union meeting in Velmar on Monday the port would stay open."
    assertEquals(List.of("indirect | the port would stay open | Ana Ruiz | told"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON told/VBD=tell a/DT union/NN meeting/NN in/IN Velmar/NNP@LOCATION on/IN"
                + " Monday/NNP@DATE the/DT port/NN would/MD stay/VB open/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(told-3, Ruiz-2) root(ROOT-0, told-3) det(meeting-6, a-4)"
                + " compound(meeting-6, union-5) obj(told-3, meeting-6) case(Velmar-8, in-7) nmod(meeting-6, Velmar-8)"
                + " case(Monday-10, on-9) obl(told-3, Monday-10) det(port-12, the-11) nsubj(stay-14, port-12)"
                + " aux(stay-14, would-13) parataxis(told-3, stay-14) xcomp(stay-14, open-15) punct(told-3, .-16)"));
  }

  @Test
  void whatOneIsRemindedOfIsNoAddressee() {
    // "Tom Bell reminded the crowd of the years his family lived in Velmar."
    assertEquals(List.of("indirect | the crowd of the years his family lived in Velmar | Tom Bell | reminded"),
        one("Tom/NNP@PERSON Bell/NNP@PERSON reminded/VBD=remind the/DT crowd/NN of/IN the/DT years/NNS=year his/PRP$=he"
                + " family/NN lived/VBD=live in/IN Velmar/NNP@LOCATION ./.",
            "compound(Bell-2, Tom-1) nsubj(reminded-3, Bell-2) root(ROOT-0, reminded-3) det(crowd-5, the-4)"
                + " obj(reminded-3, crowd-5) case(years-8, of-6) det(years-8, the-7) obl(lived-11, years-8)"
                + " nmod:poss(family-10, his-9) nsubj(lived-11, family-10) acl:relcl(crowd-5, lived-11)"
                + " case(Velmar-13, in-12) obl(lived-11, Velmar-13) punct(reminded-3, .-14)"));
  }

  @Test
  void withAnIndirectObjectTheObjectIsWhatWasTold() {
    // "They would not tell the agency anything it does not know." (not "it does not know", a relative clause)
    assertEquals(List.of("indirect | the agency anything it does not know | They | tell"),
        one("They/PRP=they would/MD not/RB tell/VB the/DT agency/NN anything/NN it/PRP does/VBZ=do not/RB know/VB ./.",
            "nsubj(tell-4, They-1) aux(tell-4, would-2) advmod(tell-4, not-3) root(ROOT-0, tell-4) det(agency-6, the-5)"
                + " iobj(tell-4, agency-6) obj(tell-4, anything-7) nsubj(know-11, it-8) aux(know-11, does-9)"
                + " advmod(know-11, not-10) parataxis(tell-4, know-11) punct(tell-4, .-12)"));
  }

  @Test
  void aQuestionAfterTheAddresseeIsTheContentNotItsInfinitive() {
    // "A student asked the mayor what she thought of the plan to sell the port."
    assertEquals(List.of("indirect | what she thought of the plan to sell the port | A student | asked"),
        one("A/DT=a student/NN asked/VBD=ask the/DT mayor/NN what/WP she/PRP thought/VBD=think of/IN the/DT plan/NN"
                + " to/TO sell/VB the/DT port/NN ./.",
            "det(student-2, A-1) nsubj(asked-3, student-2) root(ROOT-0, asked-3) det(mayor-5, the-4) obj(asked-3, mayor-5)"
                + " obj(thought-8, what-6) nsubj(thought-8, she-7) ccomp(asked-3, thought-8) case(plan-11, of-9)"
                + " det(plan-11, the-10) obl(thought-8, plan-11) mark(sell-13, to-12) acl(plan-11, sell-13)"
                + " det(port-15, the-14) obj(sell-13, port-15) punct(asked-3, .-16)"));
  }

  @Test
  void aRelativeClauseOnTheAddresseeIsNoQuestion() {
    // "Ana Ruiz asked the voters who came to stay calm."
    assertEquals(List.of("indirect | the voters who came to stay calm | Ana Ruiz | asked"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON asked/VBD=ask the/DT voters/NNS=voter who/WP came/VBD=come to/TO stay/VB"
                + " calm/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(asked-3, Ruiz-2) root(ROOT-0, asked-3) det(voters-5, the-4) obj(asked-3, voters-5)"
                + " nsubj(came-7, who-6) acl:relcl(voters-5, came-7) mark(stay-9, to-8) xcomp(asked-3, stay-9)"
                + " xcomp(stay-9, calm-10) punct(asked-3, .-11)"));
  }
}
