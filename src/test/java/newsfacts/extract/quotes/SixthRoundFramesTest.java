package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, sixth round (the speaker mention the frames pick): a reporting conjunct that the parse
 * hangs inside a reported clause, a relative clause before the reporting verb, a dateline parsed
 * as a second subject, the agent of a passive, and "according to a report by X".
 */
class SixthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aReportingConjunctInsideTheReportedClauseSharesTheReportingSubject() {
    assertEquals(List.of("indirect | he was leaving the board and vowed to focus on the port | She | announced",
            "indirect | to focus on the port | She | vowed"),
        one("She/PRP announced/VBD=announce that/IN he/PRP was/VBD=be leaving/VBG=leave the/DT board/NN and/CC"
                + " vowed/VBD=vow to/TO focus/VB=focus on/IN the/DT port/NN ./.",
            "nsubj(announced-2, She-1) root(ROOT-0, announced-2) mark(leaving-6, that-3) nsubj(leaving-6, he-4)"
                + " aux(leaving-6, was-5) ccomp(announced-2, leaving-6) det(board-8, the-7) obj(leaving-6, board-8)"
                + " cc(vowed-10, and-9) conj(leaving-6, vowed-10) mark(focus-12, to-11) xcomp(vowed-10, focus-12)"
                + " case(port-15, on-13) det(port-15, the-14) obl(focus-12, port-15) punct(announced-2, .-16)"));
  }

  @Test
  void aBareVerbUnderTheReportedModalKeepsTheReportedSubject() {
    assertEquals(List.of("indirect | he would leave the board and urge that they wait | She | said",
            "indirect | they wait | he | urge"),
        one("She/PRP said/VBD=say he/PRP would/MD leave/VB=leave the/DT board/NN and/CC urge/VB=urge that/IN"
                + " they/PRP wait/VBP=wait ./.",
            "nsubj(said-2, She-1) root(ROOT-0, said-2) nsubj(leave-5, he-3) aux(leave-5, would-4)"
                + " ccomp(said-2, leave-5) det(board-7, the-6) obj(leave-5, board-7) cc(urge-9, and-8)"
                + " conj(leave-5, urge-9) mark(wait-12, that-10) nsubj(wait-12, they-11) ccomp(urge-9, wait-12)"
                + " punct(said-2, .-13)"));
  }

  @Test
  void aConjunctThatReportsNothingStaysInTheContent() {
    assertEquals(List.of("indirect | he was leaving the board and moved to the port | She | announced"),
        one("She/PRP announced/VBD=announce that/IN he/PRP was/VBD=be leaving/VBG=leave the/DT board/NN and/CC"
                + " moved/VBD=move to/TO the/DT port/NN ./.",
            "nsubj(announced-2, She-1) root(ROOT-0, announced-2) mark(leaving-6, that-3) nsubj(leaving-6, he-4)"
                + " aux(leaving-6, was-5) ccomp(announced-2, leaving-6) det(board-8, the-7) obj(leaving-6, board-8)"
                + " cc(moved-10, and-9) conj(leaving-6, moved-10) case(port-13, to-11) det(port-13, the-12)"
                + " obl(moved-10, port-13) punct(announced-2, .-14)"));
  }

  @Test
  void aVerbAfterARelativeClauseTakesTheNounNotWho() {
    assertEquals(List.of("indirect | the mayor has cut the budget | Ana Ruiz | noted"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP still/RB chairs/VBZ=chair the/DT board/NN ,/, also/RB"
                + " noted/VBD=note that/IN the/DT mayor/NN has/VBZ=have cut/VBN=cut the/DT budget/NN ./.",
            "compound(Ruiz-2, Ana-1) root(ROOT-0, Ruiz-2) punct(Ruiz-2, ,-3) nsubj(chairs-6, who-4)"
                + " advmod(chairs-6, still-5) acl:relcl(Ruiz-2, chairs-6) det(board-8, the-7) obj(chairs-6, board-8)"
                + " punct(chairs-6, ,-9) advmod(noted-11, also-10) dep(chairs-6, noted-11) mark(cut-16, that-12)"
                + " det(mayor-14, the-13) nsubj(cut-16, mayor-14) aux(cut-16, has-15) ccomp(noted-11, cut-16)"
                + " det(budget-18, the-17) obj(cut-16, budget-18) punct(Ruiz-2, .-19)"));
  }

  @Test
  void accordingToAReportByAnAuthorTakesTheAuthor() {
    assertEquals(List.of("indirect | Turnout rose | the agency | according to"),
        one("Turnout/NN rose/VBD=rise ,/, according/VBG=accord to/IN a/DT report/NN by/IN the/DT agency/NN ./.",
            "nsubj(rose-2, Turnout-1) root(ROOT-0, rose-2) punct(rose-2, ,-3) case(report-7, according-4)"
                + " fixed(according-4, to-5) det(report-7, a-6) obl(rose-2, report-7) case(agency-10, by-8)"
                + " det(agency-10, the-9) nmod(report-7, agency-10) punct(rose-2, .-11)"));
  }

  @Test
  void accordingToAPersonFromAPlaceKeepsThePerson() {
    assertEquals(List.of("indirect | Turnout rose | an official | according to"),
        one("Turnout/NN rose/VBD=rise ,/, according/VBG=accord to/IN an/DT official/NN from/IN the/DT agency/NN ./.",
            "nsubj(rose-2, Turnout-1) root(ROOT-0, rose-2) punct(rose-2, ,-3) case(official-7, according-4)"
                + " fixed(according-4, to-5) det(official-7, an-6) obl(rose-2, official-7) case(agency-10, from-8)"
                + " det(agency-10, the-9) nmod(official-7, agency-10) punct(rose-2, .-11)"));
  }

  @Test
  void ofTwoSubjectsTheOneNearestTheVerbSpeaks() {
    assertEquals(List.of("indirect | fares will rise | The agency | announced"),
        one("NORTHPORT/NNP@CITY ―/NFP The/DT agency/NN announced/VBD=announce that/IN fares/NNS=fare will/MD"
                + " rise/VB=rise ./.",
            "nsubj(announced-5, NORTHPORT-1) punct(announced-5, ―-2) det(agency-4, The-3) nsubj(announced-5, agency-4)"
                + " root(ROOT-0, announced-5) mark(rise-9, that-6) nsubj(rise-9, fares-7) aux(rise-9, will-8)"
                + " ccomp(announced-5, rise-9) punct(announced-5, .-10)"));
  }

  @Test
  void aPassiveReportingVerbTakesItsAgent() {
    assertEquals(List.of("indirect | whether the vote would wait | the host | asked"),
        one("She/PRP was/VBD=be asked/VBN=ask by/IN the/DT host/NN whether/IN the/DT vote/NN would/MD wait/VB=wait ./.",
            "nsubj:pass(asked-3, She-1) aux:pass(asked-3, was-2) root(ROOT-0, asked-3) case(host-6, by-4)"
                + " det(host-6, the-5) obl:agent(asked-3, host-6) mark(wait-11, whether-7) det(vote-9, the-8)"
                + " nsubj(wait-11, vote-9) aux(wait-11, would-10) ccomp(asked-3, wait-11) punct(asked-3, .-12)"));
  }
}
