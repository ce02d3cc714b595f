package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, thirteenth round: speech acts that the parse hid from the frames.
 */
class ThirteenthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aNameWithAFiniteAuxiliaryIsTheSubjectOfAVerbParsedAsItsModifier() {
    // "The debate is predictable - Ana Ruiz has vowed to close the port": the parse hangs "vowed" on the name
    assertEquals(List.of("indirect | to close the port | Ana Ruiz | vowed"),
        one("The/DT debate/NN is/VBZ=be predictable/JJ -/HYPH Ana/NNP@PERSON Ruiz/NNP@PERSON has/VBZ=have vowed/VBN=vow"
                + " to/TO close/VB the/DT port/NN ./.",
            "det(debate-2, The-1) nsubj(Ruiz-7, debate-2) cop(Ruiz-7, is-3) amod(Ruiz-7, predictable-4) punct(Ruiz-7, --5)"
                + " compound(Ruiz-7, Ana-6) root(ROOT-0, Ruiz-7) aux(vowed-9, has-8) acl(Ruiz-7, vowed-9) mark(close-11, to-10)"
                + " xcomp(vowed-9, close-11) det(port-13, the-12) obj(close-11, port-13) punct(Ruiz-7, .-14)"));
  }
}
