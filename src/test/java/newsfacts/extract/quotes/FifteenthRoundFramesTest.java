package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fifteenth round: core cues the parse hid. An opening "according to X," phrase the parse
 * made the head of the sentence, a contracted "'s" read as a possessive that turns the reported clause
 * into a small clause, transcript labels after a stray opening quotation mark, and a "that" clause of
 * a verb that needs one when an adjunct between subject and verb hid it from the surface patterns.
 */
class FifteenthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void anOpeningAccordingToPhraseTheParseMadeTheHeadGivesTheClauseAfterItsComma() {
    // "According to the officer at the port, the ferry is safe": the parse hangs "safe" on "port"
    assertEquals(List.of("indirect | the ferry is safe | the officer | according to"),
        one("According/VBG=accord to/IN the/DT officer/NN at/IN the/DT port/NN ,/, the/DT ferry/NN is/VBZ=be safe/JJ ./.",
            "root(ROOT-0, officer-4) case(officer-4, According-1) fixed(According-1, to-2) det(officer-4, the-3)"
                + " case(port-7, at-5) det(port-7, the-6) nmod(officer-4, port-7) punct(port-7, ,-8) det(ferry-10, the-9)"
                + " nsubj(safe-12, ferry-10) cop(safe-12, is-11) dep(port-7, safe-12) punct(officer-4, .-13)"));
  }

  @Test
  void aListInsideTheSourcePhraseDoesNotEndIt() {
    // "According to interviews with her aides, allies and friends, Ana Ruiz plans to run."
    assertEquals(List.of("indirect | Ana Ruiz plans to run | interviews | according to"),
        one("According/VBG=accord to/IN interviews/NNS=interview with/IN her/PRP$=she aides/NNS=aide ,/, allies/NNS=ally"
                + " and/CC friends/NNS=friend ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON plans/VBZ=plan to/TO run/VB ./.",
            "root(ROOT-0, interviews-3) case(interviews-3, According-1) fixed(According-1, to-2) case(aides-6, with-4)"
                + " nmod:poss(aides-6, her-5) nmod(interviews-3, aides-6) punct(allies-8, ,-7) conj(aides-6, allies-8)"
                + " cc(friends-10, and-9) conj(aides-6, friends-10) punct(interviews-3, ,-11) compound(Ruiz-13, Ana-12)"
                + " nsubj(plans-14, Ruiz-13) dep(interviews-3, plans-14) mark(run-16, to-15) xcomp(plans-14, run-16)"
                + " punct(interviews-3, .-17)"));
  }

  @Test
  void aRelativeClauseInAnAppositionDoesNotEndTheSourcePhrase() {
    // "According to the council, a body that met in May, the budget is balanced."
    assertEquals(List.of("indirect | the budget is balanced | the council | according to"),
        one("According/VBG=accord to/IN the/DT council/NN ,/, a/DT body/NN that/WDT met/VBD=meet in/IN May/NNP@DATE ,/,"
                + " the/DT budget/NN is/VBZ=be balanced/JJ ./.",
            "root(ROOT-0, council-4) case(council-4, According-1) fixed(According-1, to-2) det(council-4, the-3)"
                + " punct(council-4, ,-5) det(body-7, a-6) appos(council-4, body-7) nsubj(met-9, that-8)"
                + " acl:relcl(body-7, met-9) case(May-11, in-10) obl(met-9, May-11) punct(council-4, ,-12)"
                + " det(budget-14, the-13) nsubj(balanced-16, budget-14) cop(balanced-16, is-15) dep(council-4, balanced-16)"
                + " punct(council-4, .-17)"));
  }

  @Test
  void aContractedIsReadAsAPossessiveStillMakesAClause() {
    assertEquals(List.of("indirect | she’s not worried | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say she/PRP ’s/POS='s not/RB worried/JJ ./.",
            "root(ROOT-0, said-3) compound(Ruiz-2, Ana-1) nsubj(said-3, Ruiz-2) nsubj(worried-7, she-4) dep(worried-7, ’s-5)"
                + " advmod(worried-7, not-6) xcomp(said-3, worried-7) punct(said-3, .-8)"));
  }

  @Test
  void anObjectAndItsPredicateAreNoClause() {
    assertEquals(List.of(),
        one("The/DT minister/NN declared/VBD=declare it/PRP responsible/JJ ./.",
            "root(ROOT-0, declared-3) det(minister-2, The-1) nsubj(declared-3, minister-2) nsubj(responsible-5, it-4)"
                + " xcomp(declared-3, responsible-5) punct(declared-3, .-6)"));
  }

  @Test
  void transcriptLabelsAfterAStrayQuotationMarkOpenTheirLines() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` RUIZ/NNP@PERSON :/: We/PRP will/MD wait/VB for/IN the/DT vote/NN ./.")
        .paragraph()
        .sentence("\"/`` SOTO/NNP@PERSON :/: The/DT vote/NN is/VBZ=be today/NN ./.")
        .build();
    // the stray marks pair up across the lines, so each line holds a quotation mark: mixed
    assertEquals(List.of("mixed | We will wait for the vote | RUIZ | :", "mixed | The vote is today | SOTO | :"),
        described(a));
  }

  @Test
  void aVerbNeedingThatTakesTheParsesThatClausePastAnAdjunct() {
    assertEquals(List.of("indirect | the port is safe | Ana Ruiz | wrote"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, after/IN the/DT vote/NN ,/, wrote/VBD=write that/IN the/DT port/NN is/VBZ=be"
                + " safe/JJ ./.",
            "root(ROOT-0, wrote-8) compound(Ruiz-2, Ana-1) nsubj(wrote-8, Ruiz-2) punct(wrote-8, ,-3) case(vote-6, after-4)"
                + " det(vote-6, the-5) obl:after(wrote-8, vote-6) punct(wrote-8, ,-7) mark(safe-13, that-9) det(port-11, the-10)"
                + " nsubj(safe-13, port-11) cop(safe-13, is-12) ccomp(wrote-8, safe-13) punct(wrote-8, .-14)"));
  }

  @Test
  void aVerbNeedingThatWithAnObjectReportsNothing() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, after/IN the/DT vote/NN ,/, wrote/VBD=write a/DT letter/NN to/IN the/DT"
                + " board/NN ./.",
            "root(ROOT-0, wrote-8) compound(Ruiz-2, Ana-1) nsubj(wrote-8, Ruiz-2) punct(wrote-8, ,-3) case(vote-6, after-4)"
                + " det(vote-6, the-5) obl:after(wrote-8, vote-6) punct(wrote-8, ,-7) det(letter-10, a-9) obj(wrote-8, letter-10)"
                + " case(board-13, to-11) det(board-13, the-12) obl:to(wrote-8, board-13) punct(wrote-8, .-14)"));
  }

  @Test
  void aVerbHungAsAnAuxiliaryOnTheClauseAfterItReportsThatClause() {
    // "Ana Ruiz, who chairs the board, said they were unsafe": the parse makes "said" an auxiliary of "unsafe"
    assertEquals(List.of("indirect | they were unsafe | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP chairs/VBZ=chair the/DT board/NN ,/, said/VBD=say they/PRP"
                + " were/VBD=be unsafe/JJ ./.",
            "root(ROOT-0, Ruiz-2) compound(Ruiz-2, Ana-1) punct(Ruiz-2, ,-3) nsubj(chairs-5, who-4) acl:relcl(Ruiz-2, chairs-5)"
                + " det(board-7, the-6) obj(chairs-5, board-7) punct(Ruiz-2, ,-8) aux(unsafe-12, said-9) nsubj(unsafe-12, they-10)"
                + " cop(unsafe-12, were-11) parataxis(Ruiz-2, unsafe-12) punct(Ruiz-2, .-13)"));
  }
}
