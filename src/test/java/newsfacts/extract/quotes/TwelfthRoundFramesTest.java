package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, twelfth round: a sentence opening with the question put to the speaker ("Asked whether
 * C, X said no"): the question is a quote with no stated source, and the answer is what follows the
 * verb, never the opening phrase.
 */
class TwelfthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void theQuestionHasNoSourceAndAShortAnswerIsTheContent() {
    assertEquals(List.of("indirect | whether the ferry would run |  | Asked", "indirect | no | Ana Ruiz | said"),
        one("Asked/VBN=ask whether/IN the/DT ferry/NN would/MD run/VB ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say"
                + " no/UH ./.",
            "advmod(said-10, Asked-1) mark(run-6, whether-2) det(ferry-4, the-3) nsubj(run-6, ferry-4) aux(run-6, would-5)"
                + " advcl(Asked-1, run-6) punct(said-10, ,-7) compound(Ruiz-9, Ana-8) nsubj(said-10, Ruiz-9)"
                + " root(ROOT-0, said-10) discourse(said-10, no-11) punct(said-10, .-12)"));
  }

  @Test
  void whenAskedAboutATopicTheTopicIsTheQuestion() {
    assertEquals(List.of("indirect | about the budget |  | asked", "indirect | the port would close | the mayor | said"),
        one("When/WRB asked/VBN=ask about/IN the/DT budget/NN ,/, the/DT mayor/NN said/VBD=say the/DT port/NN"
                + " would/MD close/VB ./.",
            "advmod(asked-2, When-1) advcl(said-9, asked-2) case(budget-5, about-3) det(budget-5, the-4) obl(asked-2, budget-5)"
                + " punct(said-9, ,-6) det(mayor-8, the-7) nsubj(said-9, mayor-8) root(ROOT-0, said-9) det(port-11, the-10)"
                + " nsubj(close-13, port-11) aux(close-13, would-12) ccomp(said-9, close-13) punct(said-9, .-14)"));
  }

  @Test
  void theOpeningIsNeverTheAnswersContent() {
    assertEquals(List.of("indirect | Harbourton | Tom Berg | said"),
        one("Asked/VBN=ask on/IN the/DT radio/NN ,/, Tom/NNP@PERSON Berg/NNP@PERSON said/VBD=say Harbourton/NNP@CITY ./.",
            "dep(said-8, Asked-1) case(radio-4, on-2) det(radio-4, the-3) obl(Asked-1, radio-4) punct(said-8, ,-5)"
                + " compound(Berg-7, Tom-6) nsubj(said-8, Berg-7) root(ROOT-0, said-8) obj(said-8, Harbourton-9)"
                + " punct(said-8, .-10)"));
  }
}
