package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, twenty-third round: "C, said X" where the parse made the speaker the verb's object and gave the verb a
 * subject inside C ({@link MisparsedInversions}); "C, according to X" with the source parsed as the root over C.
 */
class TwentyThirdRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aSpeakerTheParseMadeTheObjectAfterAFrontedClauseIsTheSpeaker() {
    // "The levy will ruin the port, said Ana Ruiz, who chairs the board."
    assertEquals(List.of("indirect | The levy will ruin the port | Ana Ruiz | said"),
        one("The/DT levy/NN will/MD ruin/VB the/DT port/NN ,/, said/VBD=say Ana/NNP@PERSON Ruiz/NNP@PERSON ,/,"
                + " who/WP chairs/VBZ=chair the/DT board/NN ./.",
            "det(levy-2, The-1) nsubj(said-8, levy-2) aux(ruin-4, will-3) dep(said-8, ruin-4) det(port-6, the-5)"
                + " obj(ruin-4, port-6) punct(said-8, ,-7) root(ROOT-0, said-8) compound(Ruiz-10, Ana-9)"
                + " obj(said-8, Ruiz-10) punct(Ruiz-10, ,-11) nsubj(chairs-13, who-12) acl:relcl(Ruiz-10, chairs-13)"
                + " det(board-15, the-14) obj(chairs-13, board-15) punct(said-8, .-16)"));
  }

  @Test
  void aClauseAfterTheSpeakersPhraseIsContentToo() {
    // "The levy, said Ana Ruiz, will ruin the port."
    assertEquals(List.of("indirect | The levy, said Ana Ruiz, will ruin the port | Ana Ruiz | said"),
        one("The/DT levy/NN ,/, said/VBD=say Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, will/MD ruin/VB the/DT port/NN ./.",
            "det(levy-2, The-1) nsubj(said-4, levy-2) punct(said-4, ,-3) root(ROOT-0, said-4) compound(Ruiz-6, Ana-5)"
                + " obj(said-4, Ruiz-6) punct(said-4, ,-7) aux(ruin-9, will-8) conj(said-4, ruin-9) det(port-11, the-10)"
                + " obj(ruin-9, port-11) punct(said-4, .-12)"));
  }

  @Test
  void aSubjectWithARelativeClauseIsNoFrontedContent() {
    // "Ana Ruiz, who chairs the board, wrote Tom Bell." (the only verb before the comma is in a relative clause)
    List<String> found = one("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP chairs/VBZ=chair the/DT board/NN ,/,"
            + " wrote/VBD=write Tom/NNP@PERSON Bell/NNP@PERSON ./.",
        "compound(Ruiz-2, Ana-1) nsubj(wrote-9, Ruiz-2) punct(Ruiz-2, ,-3) nsubj(chairs-5, who-4)"
            + " acl:relcl(Ruiz-2, chairs-5) det(board-7, the-6) obj(chairs-5, board-7) punct(wrote-9, ,-8)"
            + " root(ROOT-0, wrote-9) compound(Bell-11, Tom-10) obj(wrote-9, Bell-11) punct(wrote-9, .-12)");
    assertTrue(found.stream().noneMatch(q -> q.contains("| Tom Bell |")), found.toString());
  }

  @Test
  void aParticipleAfterTheSpeakersPhraseIsAQuoteOfItsOwn() {
    // "The levy will ruin the port, said Ana Ruiz, adding that the fee was unfair."
    assertEquals(List.of("indirect | The levy will ruin the port | Ana Ruiz | said", "indirect | the fee was unfair | Ana Ruiz | adding"),
        one("The/DT levy/NN will/MD ruin/VB the/DT port/NN ,/, said/VBD=say Ana/NNP@PERSON Ruiz/NNP@PERSON ,/,"
                + " adding/VBG=add that/IN the/DT fee/NN was/VBD=be unfair/JJ ./.",
            "det(levy-2, The-1) nsubj(said-8, levy-2) aux(ruin-4, will-3) dep(said-8, ruin-4) det(port-6, the-5)"
                + " obj(ruin-4, port-6) punct(said-8, ,-7) root(ROOT-0, said-8) compound(Ruiz-10, Ana-9)"
                + " obj(said-8, Ruiz-10) punct(said-8, ,-11) advcl(said-8, adding-12) mark(unfair-17, that-13)"
                + " det(fee-15, the-14) nsubj(unfair-17, fee-15) cop(unfair-17, was-16) ccomp(adding-12, unfair-17)"
                + " punct(said-8, .-18)"));
  }

  @Test
  void aSourceParsedAsTheRootOverItsClauseKeepsTheClause() {
    // "The port lost 40 jobs in 2012, according to the survey." (the parse made "survey" the root)
    assertEquals(List.of("indirect | The port lost 40 jobs in 2012 | the survey | according to"),
        one("The/DT port/NN lost/VBD=lose 40/CD jobs/NNS=job in/IN 2012/CD@DATE ,/, according/VBG=accord to/TO the/DT"
                + " survey/NN ./.",
            "det(port-2, The-1) nsubj(survey-12, port-2) acl(port-2, lost-3) nummod(jobs-5, 40-4) obj(lost-3, jobs-5)"
                + " case(2012-7, in-6) obl(lost-3, 2012-7) punct(survey-12, ,-8) case(survey-12, according-9)"
                + " fixed(according-9, to-10) det(survey-12, the-11) root(ROOT-0, survey-12) punct(survey-12, .-13)"));
  }
}
