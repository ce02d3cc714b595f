package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, seventh round (verb and noun frames): "it" as the subject of the reporting verb, no
 * inverted reading after an apposed subject, more verbs with noun-phrase content, "argue for",
 * speech-act nouns with a that-clause, and the small clause of "call" read from an indirect
 * object or a quoted label.
 */
class SeventhRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void itAsTheSubjectOfTheReportingVerbIsTheSpeaker() {
    assertEquals(List.of("indirect | the road would reopen in May | It | said"),
        one("It/PRP said/VBD=say the/DT road/NN would/MD reopen/VB=reopen in/IN May/NNP@DATE ./.",
            "nsubj(said-2, It-1) root(ROOT-0, said-2) det(road-4, the-3) nsubj(reopen-6, road-4)"
                + " aux(reopen-6, would-5) ccomp(said-2, reopen-6) case(May-8, in-7) obl(reopen-6, May-8)"
                + " punct(said-2, .-9)"));
  }

  @Test
  void aPassiveExpletiveItStaysWithoutASpeaker() {
    assertEquals(List.of(),
        one("It/PRP was/VBD=be said/VBN=say that/IN the/DT road/NN would/MD reopen/VB=reopen ./.",
            "nsubj:pass(said-3, It-1) aux:pass(said-3, was-2) root(ROOT-0, said-3) mark(reopen-8, that-4)"
                + " det(road-6, the-5) nsubj(reopen-8, road-6) aux(reopen-8, would-7) ccomp(said-3, reopen-8)"
                + " punct(said-3, .-9)"));
  }

  @Test
  void anApposedSubjectBeforeTheVerbIsNotAnInvertedContent() {
    assertEquals(List.of("indirect | the plan a costly mistake | Ana Ruiz | called"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT chair/NN ,/, called/VBD=call the/DT plan/NN a/DT"
                + " costly/JJ mistake/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-7, Ruiz-2) punct(Ruiz-2, ,-3) det(chair-5, the-4)"
                + " appos(Ruiz-2, chair-5) punct(Ruiz-2, ,-6) root(ROOT-0, called-7) det(plan-9, the-8)"
                + " obj(called-7, plan-9) det(mistake-12, a-10) amod(mistake-12, costly-11)"
                + " xcomp(called-7, mistake-12) punct(called-7, .-13)"));
  }

  @Test
  void aMentionedObjectIsTheContent() {
    assertEquals(List.of("indirect | the budget gap | The mayor | mentioned"),
        one("The/DT mayor/NN mentioned/VBD=mention the/DT budget/NN gap/NN ./.",
            "det(mayor-2, The-1) nsubj(mentioned-3, mayor-2) root(ROOT-0, mentioned-3) det(gap-6, the-4)"
                + " compound(gap-6, budget-5) obj(mentioned-3, gap-6) punct(mentioned-3, .-7)"));
  }

  @Test
  void arguedForStatesAPosition() {
    assertEquals(List.of("indirect | lower fees | The mayor | argued"),
        one("The/DT mayor/NN argued/VBD=argue for/IN lower/JJR=low fees/NNS=fee ./.",
            "det(mayor-2, The-1) nsubj(argued-3, mayor-2) root(ROOT-0, argued-3) case(fees-6, for-4)"
                + " amod(fees-6, lower-5) obl(argued-3, fees-6) punct(argued-3, .-7)"));
  }

  @Test
  void aClaimThatWithItsOwnerIsAQuote() {
    assertEquals(List.of("indirect | taxes had fallen | The mayor's | claim"),
        one("The/DT mayor/NN 's/POS claim/NN that/IN taxes/NNS=tax had/VBD=have fallen/VBN=fall"
                + " surprised/VBD=surprise the/DT council/NN ./.",
            "det(mayor-2, The-1) nmod:poss(claim-4, mayor-2) case(mayor-2, 's-3) nsubj(surprised-9, claim-4)"
                + " mark(fallen-8, that-5) nsubj(fallen-8, taxes-6) aux(fallen-8, had-7) acl(claim-4, fallen-8)"
                + " root(ROOT-0, surprised-9) det(council-11, the-10) obj(surprised-9, council-11)"
                + " punct(surprised-9, .-12)"));
  }

  @Test
  void aClaimWithoutAnOwnerIsNoQuote() {
    assertEquals(List.of(),
        one("The/DT claim/NN that/IN taxes/NNS=tax had/VBD=have fallen/VBN=fall surprised/VBD=surprise"
                + " the/DT council/NN ./.",
            "det(claim-2, The-1) nsubj(surprised-7, claim-2) mark(fallen-6, that-3) nsubj(fallen-6, taxes-4)"
                + " aux(fallen-6, had-5) acl(claim-2, fallen-6) root(ROOT-0, surprised-7) det(council-9, the-8)"
                + " obj(surprised-7, council-9) punct(surprised-7, .-10)"));
  }

  @Test
  void callItSomethingParsedAsTwoObjectsKeepsBoth() {
    assertEquals(List.of("indirect | it a costly mistake | Critics | call"),
        one("Critics/NNS=critic call/VBP=call it/PRP a/DT costly/JJ mistake/NN ./.",
            "nsubj(call-2, Critics-1) root(ROOT-0, call-2) iobj(call-2, it-3) det(mistake-6, a-4)"
                + " amod(mistake-6, costly-5) obj(call-2, mistake-6) punct(call-2, .-7)"));
  }

  @Test
  void aQuotedLabelInsideTheObjectIsTheSmallClause() {
    assertEquals(List.of("mixed | the plan \"reckless\" | The senator | called"),
        one("The/DT senator/NN called/VBD=call the/DT plan/NN \"/`` reckless/JJ \"/'' ./.",
            "det(senator-2, The-1) nsubj(called-3, senator-2) root(ROOT-0, called-3) det(plan-5, the-4)"
                + " obj(called-3, plan-5) punct(reckless-7, \"-6) amod(plan-5, reckless-7) punct(reckless-7, \"-8)"
                + " punct(called-3, .-9)"));
  }

  @Test
  void calledTheSenatorIsAPhoneCallStill() {
    assertEquals(List.of(),
        one("The/DT mayor/NN called/VBD=call the/DT senator/NN ./.",
            "det(mayor-2, The-1) nsubj(called-3, mayor-2) root(ROOT-0, called-3) det(senator-5, the-4)"
                + " obj(called-3, senator-5) punct(called-3, .-6)"));
  }
}
