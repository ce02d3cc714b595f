package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, ninth round: a "say" verb with a subject whose parse gives it no clausal complement
 * takes the clause after it ("X said C", C read as an object and a dependent) or before it ("C, X
 * said", the verb hung inside C), when that clause holds a finite verb (ClauseFallback).
 */
class NinthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aClauseAfterTheVerbReadAsItsObjectIsTheContent() {
    assertEquals(List.of("indirect | the plan would fail | Officials | said"),
        one("Officials/NNS=official who/WP work/VBP=work for/IN the/DT city/NN said/VBD=say the/DT"
                + " plan/NN would/MD fail/VB=fail ./.",
            "nsubj(said-7, Officials-1) nsubj(work-3, who-2) acl:relcl(Officials-1, work-3) case(city-6, for-4)"
                + " det(city-6, the-5) obl(work-3, city-6) root(ROOT-0, said-7) det(plan-9, the-8) obj(said-7, plan-9)"
                + " aux(fail-11, would-10) dep(said-7, fail-11) punct(said-7, .-12)"));
  }

  @Test
  void aClauseBeforeTheSpeakerIsTheContentWhenTheVerbHangsInsideIt() {
    assertEquals(List.of("indirect | The plan will fail | officials | said"),
        one("The/DT plan/NN will/MD fail/VB=fail ,/, officials/NNS=official who/WP work/VBP=work for/IN"
                + " the/DT city/NN said/VBD=say ./.",
            "det(plan-2, The-1) nsubj(fail-4, plan-2) aux(fail-4, will-3) root(ROOT-0, fail-4) punct(fail-4, ,-5)"
                + " nsubj(said-12, officials-6) nsubj(work-8, who-7) acl:relcl(officials-6, work-8)"
                + " case(city-11, for-9) det(city-11, the-10) obl(work-8, city-11) dep(fail-4, said-12) punct(fail-4, .-13)"));
  }

  @Test
  void aSubordinateClauseAfterTheVerbIsNoContent() {
    assertEquals(List.of(),
        one("Officials/NNS=official who/WP work/VBP=work for/IN the/DT city/NN said/VBD=say little/JJ as/IN"
                + " they/PRP entered/VBD=enter the/DT hall/NN ./.",
            "nsubj(said-7, Officials-1) nsubj(work-3, who-2) acl:relcl(Officials-1, work-3) case(city-6, for-4)"
                + " det(city-6, the-5) obl(work-3, city-6) root(ROOT-0, said-7) obj(said-7, little-8)"
                + " mark(entered-11, as-9) nsubj(entered-11, they-10) dep(said-7, entered-11) det(hall-13, the-12)"
                + " obj(entered-11, hall-13) punct(said-7, .-14)"));
  }

  @Test
  void aWhClauseAfterTheVerbIsNoContent() {
    assertEquals(List.of(),
        one("The/DT mayor/NN stood/VBD=stand up/RP and/CC said/VBD=say when/WRB she/PRP resigned/VBD=resign ./.",
            "det(mayor-2, The-1) nsubj(stood-3, mayor-2) root(ROOT-0, stood-3) compound:prt(stood-3, up-4)"
                + " cc(said-6, and-5) nsubj(said-6, mayor-2) conj(stood-3, said-6) advmod(resigned-9, when-7)"
                + " nsubj(resigned-9, she-8) dep(said-6, resigned-9) punct(stood-3, .-10)"));
  }

  @Test
  void aClauseWithoutAFiniteVerbIsNoContent() {
    assertEquals(List.of(),
        // (was "said the same thing", now a pro-form content: EighteenthRoundFramesTest)
        one("Officials/NNS=official who/WP work/VBP=work for/IN the/DT city/NN said/VBD=say a/DT"
                + " few/JJ words/NNS=word ./.",
            "nsubj(said-7, Officials-1) nsubj(work-3, who-2) acl:relcl(Officials-1, work-3) case(city-6, for-4)"
                + " det(city-6, the-5) obl(work-3, city-6) root(ROOT-0, said-7) det(words-10, a-8) amod(words-10, few-9)"
                + " obj(said-7, words-10) punct(said-7, .-11)"));
  }
}
