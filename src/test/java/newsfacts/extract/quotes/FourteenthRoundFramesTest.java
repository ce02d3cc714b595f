package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fourteenth round: speech acts that the parse hid from the frames (a verb hung on its
 * subject's name, a relative clause whose subject the verb took, a second conjunct "said" with an
 * object), "report" with a noun phrase, and clauses hedged by "reportedly".
 */
class FourteenthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aNameWithAFiniteAuxiliaryIsTheSubjectOfAVerbParsedAsItsModifier() {
    // "The debate is predictable - Ana Ruiz has vowed to close the port": the parse hangs "vowed" on the name
    assertEquals(List.of("indirect | to close the port | Ana Ruiz | vowed"),
        one("The/DT debate/NN is/VBZ=be predictable/JJ -/HYPH Ana/NNP@PERSON Ruiz/NNP@PERSON has/VBZ=have vowed/VBN=vow"
                + " to/TO close/VB the/DT port/NN ./.",
            "det(debate-2, The-1) nsubj(Ruiz-7, debate-2) cop(Ruiz-7, is-3) amod(Ruiz-7, predictable-4) punct(Ruiz-7, --5)"
                + " compound(Ruiz-7, Ana-6) root(ROOT-0, Ruiz-7) aux(vowed-9, has-8) acl(Ruiz-7, vowed-9) mark(close-11, to-10)"
                + " xcomp(vowed-9, close-11) det(port-13, the-12) obj(close-11, port-13) punct(Ruiz-7, .-14)"));
  }

  @Test
  void aRelativeClauseWhoseSubjectTheSpeechVerbTookGivesThePredicate() {
    // "the ferry, which the mayor said was unsafe": the parse hangs "unsafe" loosely on "said"
    assertEquals(List.of("indirect | was unsafe for winter | the mayor | said"),
        one("They/PRP closed/VBD=close the/DT ferry/NN ,/, which/WDT the/DT mayor/NN said/VBD=say was/VBD=be unsafe/JJ"
                + " for/IN winter/NN ./.",
            "nsubj(closed-2, They-1) root(ROOT-0, closed-2) det(ferry-4, the-3) obj(closed-2, ferry-4) punct(ferry-4, ,-5)"
                + " obj(said-9, which-6) det(mayor-8, the-7) nsubj(said-9, mayor-8) acl:relcl(ferry-4, said-9)"
                + " cop(unsafe-11, was-10) dep(said-9, unsafe-11) case(winter-13, for-12) obl(unsafe-11, winter-13)"
                + " punct(closed-2, .-14)"));
  }

  @Test
  void reportTakesANounPhraseContent() {
    assertEquals(List.of("indirect | a loss of ten million dollars | The port authority | reported"),
        one("The/DT port/NN authority/NN reported/VBD=report a/DT loss/NN of/IN ten/CD million/CD dollars/NNS ./.",
            "det(authority-3, The-1) compound(authority-3, port-2) nsubj(reported-4, authority-3) root(ROOT-0, reported-4)"
                + " det(loss-6, a-5) obj(reported-4, loss-6) case(dollars-10, of-7) nummod(million-9, ten-8)"
                + " nummod(dollars-10, million-9) nmod(loss-6, dollars-10) punct(reported-4, .-11)"));
  }

  @Test
  void aClauseHedgedByReportedlyIsAQuoteWithNoSource() {
    assertEquals(List.of("indirect | The council has reportedly hired a lawyer |  | reportedly"),
        one("The/DT council/NN has/VBZ=have reportedly/RB hired/VBN=hire a/DT lawyer/NN ./.",
            "det(council-2, The-1) nsubj(hired-5, council-2) aux(hired-5, has-3) advmod(hired-5, reportedly-4)"
                + " root(ROOT-0, hired-5) det(lawyer-7, a-6) obj(hired-5, lawyer-7) punct(hired-5, .-8)"));
  }

  @Test
  void aClauseWithItsOwnSubjectStaysOutOfTheHedgedOne() {
    assertEquals(List.of("indirect | The council reportedly hired a lawyer |  | reportedly"),
        one("The/DT council/NN reportedly/RB hired/VBD=hire a/DT lawyer/NN ,/, and/CC the/DT port/NN closed/VBD=close ./.",
            "det(council-2, The-1) nsubj(hired-4, council-2) advmod(hired-4, reportedly-3) root(ROOT-0, hired-4)"
                + " det(lawyer-6, a-5) obj(hired-4, lawyer-6) punct(closed-11, ,-7) cc(closed-11, and-8) det(port-10, the-9)"
                + " nsubj(closed-11, port-10) conj(hired-4, closed-11) punct(hired-4, .-12)"));
  }

  @Test
  void aSpeechVerbUnderAModalOfAbilityReportsNothing() {
    assertEquals(List.of(),
        one("Drivers/NNS can/MD=can report/VB=report delays/NNS online/RB ./.",
            "nsubj(report-3, Drivers-1) aux(report-3, can-2) root(ROOT-0, report-3) obj(report-3, delays-4)"
                + " advmod(report-3, online-5) punct(report-3, .-6)"));
  }

  @Test
  void aSecondConjunctSayTakesTheClauseAfterItWhenTheParseGaveItAnObject() {
    assertEquals(List.of("indirect | the port would close in May | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet the/DT board/NN and/CC said/VBD=say the/DT port/NN would/MD close/VB"
                + " in/IN May/NNP@DATE ./.",
            "compound(Ruiz-2, Ana-1) nsubj(met-3, Ruiz-2) root(ROOT-0, met-3) det(board-5, the-4) obj(met-3, board-5)"
                + " cc(said-7, and-6) conj(met-3, said-7) det(port-9, the-8) obj(said-7, port-9) aux(close-11, would-10)"
                + " dep(said-7, close-11) case(May-13, in-12) obl(close-11, May-13) punct(met-3, .-14)"));
  }
}
