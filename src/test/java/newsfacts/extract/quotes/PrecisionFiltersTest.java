package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, precision and span boundaries: a bare prepositional phrase or adverb is no content
 * ({@link BareContent}), speech in a "whether"/"if" clause is not reported ({@link IrrealisSpeech}),
 * and a noun-phrase content keeps the modifier the parse hung on the verb ({@link ObjectModifiers}).
 */
class PrecisionFiltersTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void thePlaceOfTheSpeakingIsNoContent() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak in/IN a/DT hall/NN that/WDT overlooks/VBZ=overlook the/DT bay/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(spoke-3, Ruiz-2) root(ROOT-0, spoke-3) case(hall-6, in-4) det(hall-6, a-5)"
                + " obl(spoke-3, hall-6) nsubj(overlooks-8, that-7) acl:relcl(hall-6, overlooks-8) det(bay-10, the-9)"
                + " obj(overlooks-8, bay-10) punct(spoke-3, .-11)"));
  }

  @Test
  void aStatementOnADayIsNoContent() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say in/IN a/DT statement/NN Friday/NNP@DATE ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-3, Ruiz-2) root(ROOT-0, said-3) case(statement-6, in-4) det(statement-6, a-5)"
                + " obl(said-3, statement-6) obl:tmod(said-3, Friday-7) punct(said-3, .-8)"));
  }

  @Test
  void aClauseOpeningWithAPhraseIsStillContent() {
    assertEquals(List.of("indirect | in May the port would close | Ana Ruiz | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say in/IN May/NNP@DATE the/DT port/NN would/MD close/VB ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-3, Ruiz-2) root(ROOT-0, said-3) case(May-5, in-4) obl(close-9, May-5)"
                + " det(port-7, the-6) nsubj(close-9, port-7) aux(close-9, would-8) ccomp(said-3, close-9) punct(said-3, .-10)"));
  }

  @Test
  void speechInAWhetherClauseIsNotReported() {
    assertEquals(List.of(),
        one("The/DT clerk/NN checked/VBD=check whether/IN anyone/NN disclosed/VBD=disclose the/DT figures/NNS=figure ./.",
            "det(clerk-2, The-1) nsubj(checked-3, clerk-2) root(ROOT-0, checked-3) mark(disclosed-6, whether-4)"
                + " nsubj(disclosed-6, anyone-5) ccomp(checked-3, disclosed-6) det(figures-8, the-7) obj(disclosed-6, figures-8)"
                + " punct(checked-3, .-9)"));
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
}
