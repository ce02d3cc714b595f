package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * "urged the board to act": the one who is to act belongs to the content ({@link InfinitiveActors}),
 * as the seeds' adjudication and the held-out gold have it.
 */
class InfinitiveActorsTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void theObjectOfUrgeIsInTheContent() {
    assertEquals(List.of("indirect | the board to delay the vote | Ana Ruiz | urged"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON urged/VBD=urge the/DT board/NN to/TO delay/VB the/DT vote/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(urged-3, Ruiz-2) root(ROOT-0, urged-3) det(board-5, the-4) obj(urged-3, board-5)"
                + " mark(delay-7, to-6) xcomp(urged-3, delay-7) det(vote-9, the-8) obj(delay-7, vote-9) punct(urged-3, .-10)"));
  }

  @Test
  void calledOnKeepsTheCouncilButNotTheOn() {
    assertEquals(List.of("indirect | the council to resign | The union | called on"),
        one("The/DT union/NN called/VBD=call on/IN the/DT council/NN to/TO resign/VB ./.",
            "det(union-2, The-1) nsubj(called-3, union-2) root(ROOT-0, called-3) case(council-6, on-4) det(council-6, the-5)"
                + " obl(called-3, council-6) mark(resign-8, to-7) xcomp(called-3, resign-8) punct(called-3, .-9)"));
  }

  @Test
  void anActorSetOffByAnAdjunctStaysOut() {
    assertEquals(List.of("indirect | to delay the vote | Ana Ruiz | urged"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON urged/VBD=urge the/DT board/NN ,/, in/IN a/DT letter/NN ,/, to/TO delay/VB the/DT vote/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(urged-3, Ruiz-2) root(ROOT-0, urged-3) det(board-5, the-4) obj(urged-3, board-5)"
                + " punct(letter-9, ,-6) case(letter-9, in-7) det(letter-9, a-8) obl(urged-3, letter-9) punct(letter-9, ,-10)"
                + " mark(delay-12, to-11) xcomp(urged-3, delay-12) det(vote-14, the-13) obj(delay-12, vote-14) punct(urged-3, .-15)"));
  }

  @Test
  void aPledgeHasNoActor() {
    assertEquals(List.of("indirect | to cut the tax | Ana Ruiz | pledged"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON pledged/VBD=pledge to/TO cut/VB the/DT tax/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(pledged-3, Ruiz-2) root(ROOT-0, pledged-3) mark(cut-5, to-4) xcomp(pledged-3, cut-5)"
                + " det(tax-7, the-6) obj(cut-5, tax-7) punct(pledged-3, .-8)"));
  }
}
