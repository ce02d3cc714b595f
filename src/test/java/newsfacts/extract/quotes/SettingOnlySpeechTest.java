package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/** Scheme v1.2: "spoke to X after ...", a speech verb with only its setting, is no quote ({@link SettingOnlySpeech}). */
class SettingOnlySpeechTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void anAddresseeAndATimeClauseReportNothing() {
    assertEquals(List.of(),
        one("The/DT mayor/NN spoke/VBD=speak to/IN reporters/NNS=reporter after/IN the/DT vote/NN ended/VBD=end ./.",
            "det(mayor-2, The-1) nsubj(spoke-3, mayor-2) root(ROOT-0, spoke-3) case(reporters-5, to-4) obl(spoke-3, reporters-5)"
                + " mark(ended-9, after-6) det(vote-8, the-7) nsubj(ended-9, vote-8) advcl(spoke-3, ended-9)"
                + " punct(spoke-3, .-10)"));
  }

  @Test
  void aPlaceWithARelativeClauseReportsNothing() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak in/IN a/DT hall/NN that/WDT overlooks/VBZ=overlook"
                + " the/DT harbour/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(spoke-3, Ruiz-2) root(ROOT-0, spoke-3) case(hall-6, in-4) det(hall-6, a-5)"
                + " obl(spoke-3, hall-6) nsubj(overlooks-8, that-7) acl:relcl(hall-6, overlooks-8) det(harbour-10, the-9)"
                + " obj(overlooks-8, harbour-10) punct(spoke-3, .-11)"));
  }

  @Test
  void aTopicStaysAQuote() {
    assertEquals(List.of("indirect | about the ferry fares after the vote ended | The mayor | spoke"),
        one("The/DT mayor/NN spoke/VBD=speak about/IN the/DT ferry/NN fares/NNS=fare after/IN the/DT vote/NN ended/VBD=end ./.",
            "det(mayor-2, The-1) nsubj(spoke-3, mayor-2) root(ROOT-0, spoke-3) case(fares-7, about-4) det(fares-7, the-5)"
                + " compound(fares-7, ferry-6) obl(spoke-3, fares-7) mark(ended-11, after-8) det(vote-10, the-9)"
                + " nsubj(ended-11, vote-10) advcl(spoke-3, ended-11) punct(spoke-3, .-12)"));
  }
}
