package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, seventh-round follow-up (frames that find the cue but lose the quote): a participle
 * whose clause the parse gives no subject of its own, and "telling reporters" read as a participle,
 * not as an inverted "C, said X"; a noun-phrase content ends before ", saying"; the phrase between
 * the verb and a comma is the start of the content when the parse puts it inside the verb's clause;
 * a surface "X said C" match with a verb after the object beats the shorter noun-phrase frame; a
 * verb the parse leaves without a subject after "X, who ..., " takes X; "but X denied C" is leading;
 * a participle after closing quotation marks, and without its addressee.
 */
class EighthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aParticipleHungOnTheObjectTakesTheMainClauseSubject() {
    assertEquals(List.of("indirect | her rival | The senator | criticized",
            "indirect | the plan would fail | The senator | saying"),
        one("The/DT senator/NN criticized/VBD=criticize her/PRP$ rival/NN ,/, saying/VBG=say the/DT plan/NN"
                + " would/MD fail/VB=fail ./.",
            "det(senator-2, The-1) nsubj(criticized-3, senator-2) root(ROOT-0, criticized-3)"
                + " nmod:poss(rival-5, her-4) obj(criticized-3, rival-5) punct(rival-5, ,-6)"
                + " acl(rival-5, saying-7) det(plan-9, the-8) nsubj(fail-11, plan-9) aux(fail-11, would-10)"
                + " ccomp(saying-7, fail-11) punct(criticized-3, .-12)"));
  }

  @Test
  void tellingReportersIsAParticipleNotAnInvertedAttribution() {
    assertEquals(List.of("direct | \"The plan will fail.\" | The mayor | telling"),
        one("The/DT mayor/NN seemed/VBD=seem unhappy/JJ ,/, telling/VBG=tell reporters/NNS=reporter ,/,"
                + " \"/`` The/DT plan/NN will/MD fail/VB=fail ./. \"/''",
            "det(mayor-2, The-1) nsubj(seemed-3, mayor-2) root(ROOT-0, seemed-3) xcomp(seemed-3, unhappy-4)"
                + " punct(seemed-3, ,-5) dep(seemed-3, telling-6) obj(telling-6, reporters-7)"
                + " punct(telling-6, ,-8) punct(fail-13, \"-9) det(plan-11, The-10) nsubj(fail-13, plan-11)"
                + " aux(fail-13, will-12) ccomp(telling-6, fail-13) punct(fail-13, .-14) punct(fail-13, \"-15)"));
  }

  @Test
  void aTailBeforeACommaThatOpensTheClauseStaysInTheContent() {
    assertEquals(List.of("indirect | the plan, which critics like, would fail | The mayor | argued"),
        one("The/DT mayor/NN argued/VBD=argue the/DT plan/NN ,/, which/WDT critics/NNS=critic like/VBP=like"
                + " ,/, would/MD fail/VB=fail ./.",
            "det(mayor-2, The-1) nsubj(argued-3, mayor-2) root(ROOT-0, argued-3) det(plan-5, the-4)"
                + " nsubj(fail-12, plan-5) punct(plan-5, ,-6) obj(like-9, which-7) nsubj(like-9, critics-8)"
                + " acl:relcl(plan-5, like-9) punct(plan-5, ,-10) aux(fail-12, would-11) ccomp(argued-3, fail-12)"
                + " punct(argued-3, .-13)"));
  }

  @Test
  void aTailOfTheVerbBeforeACommaIsSkipped() {
    assertEquals(List.of("indirect | the plan would fail | The mayor | said"),
        one("The/DT mayor/NN said/VBD=say at/IN a/DT rally/NN ,/, the/DT plan/NN would/MD fail/VB=fail ./.",
            "det(mayor-2, The-1) nsubj(said-3, mayor-2) root(ROOT-0, said-3) case(rally-6, at-4) det(rally-6, a-5)"
                + " obl(said-3, rally-6) punct(said-3, ,-7) det(plan-9, the-8) nsubj(fail-11, plan-9)"
                + " aux(fail-11, would-10) ccomp(said-3, fail-11) punct(said-3, .-12)"));
  }

  @Test
  void aLongerClauseAfterTheObjectBeatsTheNounPhraseFrame() {
    assertEquals(List.of("indirect | the report was false | The mayor | denied"),
        one("The/DT mayor/NN denied/VBD=deny the/DT report/NN was/VBD=be false/JJ ./.",
            "det(mayor-2, The-1) nsubj(denied-3, mayor-2) root(ROOT-0, denied-3) det(report-5, the-4)"
                + " obj(denied-3, report-5) cop(false-7, was-6) dep(denied-3, false-7) punct(denied-3, .-8)"));
  }

  @Test
  void aVerbWithoutSubjectAfterARelativeClauseTakesTheNameOpeningTheSentence() {
    assertEquals(List.of("indirect | the vote would wait | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP chairs/VBZ=chair the/DT board/NN ,/, said/VBD=say the/DT"
                + " vote/NN would/MD wait/VB=wait ./.",
            "compound(Ruiz-2, Ana-1) root(ROOT-0, Ruiz-2) punct(Ruiz-2, ,-3) nsubj(chairs-5, who-4)"
                + " acl:relcl(Ruiz-2, chairs-5) det(board-7, the-6) obj(chairs-5, board-7) punct(board-7, ,-8)"
                + " acl(board-7, said-9) det(vote-11, the-10) nsubj(wait-13, vote-11) aux(wait-13, would-12)"
                + " ccomp(said-9, wait-13) punct(Ruiz-2, .-14)"));
  }

  @Test
  void aSpeakerAfterButOpensALeadingAttribution() {
    assertEquals(List.of("indirect | the report was false | the mayor | denied"),
        one("The/DT road/NN is/VBZ=be open/JJ ,/, but/CC the/DT mayor/NN denied/VBD=deny the/DT report/NN"
                + " was/VBD=be false/JJ ./.",
            "det(road-2, The-1) nsubj(open-4, road-2) cop(open-4, is-3) root(ROOT-0, open-4) punct(denied-9, ,-5)"
                + " cc(denied-9, but-6) det(mayor-8, the-7) nsubj(denied-9, mayor-8) conj(open-4, denied-9)"
                + " det(report-11, the-10) obj(denied-9, report-11) cop(false-13, was-12) dep(denied-9, false-13)"
                + " punct(open-4, .-14)"));
  }

  @Test
  void aParticipleLeavesItsAddresseeOutOfTheContent() {
    assertEquals(List.of("indirect | the vote would wait | The mayor | telling"),
        one("The/DT mayor/NN left/VBD=leave early/RB ,/, telling/VBG=tell reporters/NNS=reporter that/IN the/DT"
                + " vote/NN would/MD wait/VB=wait ./.",
            "det(mayor-2, The-1) nsubj(left-3, mayor-2) root(ROOT-0, left-3) advmod(left-3, early-4)"
                + " punct(left-3, ,-5) dep(left-3, telling-6) obj(telling-6, reporters-7) mark(wait-12, that-8)"
                + " det(vote-10, the-9) nsubj(wait-12, vote-10) aux(wait-12, would-11) ccomp(telling-6, wait-12)"
                + " punct(left-3, .-13)"));
  }

  @Test
  void aParticipleAfterAClosingQuotationMarkIsStillAParticiple() {
    assertEquals(List.of("indirect | the vote would wait | The mayor | adding"),
        one("The/DT mayor/NN backed/VBD=back the/DT \"/`` bold/JJ plan/NN ,/, \"/'' adding/VBG=add the/DT"
                + " vote/NN would/MD wait/VB=wait ./.",
            "det(mayor-2, The-1) nsubj(backed-3, mayor-2) root(ROOT-0, backed-3) det(plan-7, the-4)"
                + " punct(plan-7, \"-5) amod(plan-7, bold-6) obj(backed-3, plan-7) punct(plan-7, ,-8)"
                + " punct(plan-7, \"-9) acl(plan-7, adding-10) det(vote-12, the-11) nsubj(wait-14, vote-12)"
                + " aux(wait-14, would-13) ccomp(adding-10, wait-14) punct(backed-3, .-15)"));
  }
}
