package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A bare ordinal day, "on the 24th", is a day of the publication month or the one the tense points to. */
class OrdinalMonthDaysTest {

  @Test
  void aBareOrdinalAfterAPrepositionIsADayOfThePublicationMonth() {
    AnnotatedArticle a = Docs.article("2031-03-12")
        .sentence("The/DT mayor/NN will/MD present/VB=present the/DT plan/NN on/IN the/DT 24th/NN ./.",
            "root(ROOT-0, present-4)", "nsubj(present-4, mayor-2)", "aux(present-4, will-3)", "obj(present-4, plan-6)",
            "obl(present-4, 24th-9)", "case(24th-9, on-7)", "det(24th-9, the-8)")
        .sentence("The/DT vote/NN was/VBD=be held/VBN=hold on/IN the/DT 3rd/NN ,/, and/CC the/DT count/NN ended/VBD=end"
            + " on/IN the/DT 4th/NN ./.")
        .sentence("The/DT bill/NN we/PRP publish/VBP=publish on/IN the/DT 28th/NN will/MD ban/VB=ban fees/NNS ./.")
        .build();
    assertEquals(List.of("the 24th/DATE=2031-03-24", "the 3rd/DATE=2031-03-03", "the 4th/DATE=2031-03-04", "the 28th/DATE=2031-03-28"),
        DatedRows.typed(a));
  }

  @Test
  void theTenseMovesTheDayToTheMonthAfterOrBefore() {
    AnnotatedArticle a = Docs.article("2031-03-20")
        .sentence("The/DT board/NN will/MD meet/VB=meet on/IN the/DT 3rd/NN ./.",
            "root(ROOT-0, meet-4)", "nsubj(meet-4, board-2)", "aux(meet-4, will-3)", "obl(meet-4, 3rd-7)",
            "case(3rd-7, on-5)", "det(3rd-7, the-6)")
        .sentence("The/DT board/NN met/VBD=meet on/IN the/DT 28th/NN ./.",
            "root(ROOT-0, met-3)", "nsubj(met-3, board-2)", "obl(met-3, 28th-6)", "case(28th-6, on-4)", "det(28th-6, the-5)")
        .build();
    assertEquals(List.of("the 3rd/DATE=2031-04-03", "the 28th/DATE=2031-02-28"), DatedRows.typed(a));
  }

  @Test
  void aRankAUnitAFloorOrADayWithItsMonthIsNoBareDay() {
    AnnotatedArticle a = Docs.article("2031-03-12")
        .sentence("She/PRP lives/VBZ=live on/IN the/DT 24th/JJ floor/NN and/CC finished/VBD=finish the/DT 3rd/NN ./.")
        .sentence("The/DT case/NN went/VBD=go to/IN the/DT 5th/JJ Circuit/NNP on/IN the/DT 2nd/NN of/IN May/NNP ./.")
        .build();
    assertEquals(List.of(), DatedRows.typed(a));
  }
}
