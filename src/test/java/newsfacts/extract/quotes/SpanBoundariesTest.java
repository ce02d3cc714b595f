package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, span boundaries: a noun-phrase content keeps the modifier the parse hung on the verb
 * ({@link ObjectModifiers}), and a leading "that" that is the clause's subject stays in the content
 * ({@link ContentTrimmer}).
 */
class SpanBoundariesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void theObjectKeepsAPhraseHungOnTheVerb() {
    assertEquals(List.of("indirect | rude behaviour by the host | The report | described"),
        one("The/DT report/NN described/VBD=describe rude/JJ behaviour/NN by/IN the/DT host/NN ./.",
            "det(report-2, The-1) nsubj(described-3, report-2) root(ROOT-0, described-3) amod(behaviour-5, rude-4)"
                + " obj(described-3, behaviour-5) case(host-8, by-6) det(host-8, the-7) obl(described-3, host-8)"
                + " punct(described-3, .-9)"));
  }

  @Test
  void theObjectLeavesADateOut() {
    assertEquals(List.of("indirect | the charges | The mayor | denied"),
        one("The/DT mayor/NN denied/VBD=deny the/DT charges/NNS=charge on/IN Friday/NNP@DATE ./.",
            "det(mayor-2, The-1) nsubj(denied-3, mayor-2) root(ROOT-0, denied-3) det(charges-5, the-4)"
                + " obj(denied-3, charges-5) case(Friday-7, on-6) obl(denied-3, Friday-7) punct(denied-3, .-8)"));
  }

  @Test
  void aDemonstrativeSubjectStaysInTheContent() {
    assertEquals(List.of("indirect | that is unlikely | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say that/DT is/VBZ=be unlikely/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-3, Ruiz-2) root(ROOT-0, said-3) mark(unlikely-6, that-4) cop(unlikely-6, is-5)"
                + " ccomp(said-3, unlikely-6) punct(said-3, .-7)"));
  }

  @Test
  void theComplementizerStaysOut() {
    assertEquals(List.of("indirect | the port is closed | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say that/IN the/DT port/NN is/VBZ=be closed/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-3, Ruiz-2) root(ROOT-0, said-3) mark(closed-8, that-4) det(port-6, the-5)"
                + " nsubj(closed-8, port-6) cop(closed-8, is-7) ccomp(said-3, closed-8) punct(said-3, .-9)"));
  }
}
