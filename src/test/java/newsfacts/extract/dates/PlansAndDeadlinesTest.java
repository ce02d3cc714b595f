package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Times that lie ahead although the verb does not say "will": a plan made now, a limit set with
 * "until" or "through", a month in an infinitive of what is not yet done. 2019-03-14 is a Thursday.
 */
class PlansAndDeadlinesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void aPlanMadeNowIsForTheComingWeekdayAndAPastAgreementKeepsItsDay() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("On/IN Tuesday/NNP@DATE ,/, the/DT league/NN plans/VBZ=plan to/TO hold/VB=hold a/DT rally/NN ./.",
            "case(Tuesday-2, On-1)", "obl(plans-6, Tuesday-2)", "det(league-5, the-4)", "nsubj(plans-6, league-5)",
            "root(ROOT-0, plans-6)", "xcomp(plans-6, hold-8)", "mark(hold-8, to-7)", "obj(hold-8, rally-10)",
            "det(rally-10, a-9)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("The/DT mayor/NN has/VBZ=have scheduled/VBN=schedule a/DT hearing/NN Friday/NNP@DATE ./.",
            "root(ROOT-0, scheduled-4)", "nsubj(scheduled-4, mayor-2)", "det(mayor-2, The-1)",
            "aux(scheduled-4, has-3)",
            "obj(scheduled-4, hearing-6)", "det(hearing-6, a-5)", "obl:tmod(scheduled-4, Friday-7)")
        .timex("Friday", "DATE", "2019-03-08")
        .sentence("The/DT sides/NNS agreed/VBD=agree Monday/NNP@DATE to/TO resume/VB=resume talks/NNS ./.",
            "root(ROOT-0, agreed-3)", "nsubj(agreed-3, sides-2)", "det(sides-2, The-1)", "obl:tmod(agreed-3, Monday-4)",
            "xcomp(agreed-3, resume-6)", "mark(resume-6, to-5)", "obj(resume-6, talks-7)")
        .timex("Monday", "DATE", "2019-03-11")
        .build();
    assertEquals(List.of("Tuesday=2019-03-19", "Friday=2019-03-15", "Monday=2019-03-11"), dates(a));
  }

  @Test
  void aLimitSetUntilAWeekdayLiesAheadButAnActivityUntilThenLooksBack() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Officials/NNS postponed/VBD=postpone the/DT vote/NN until/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, postponed-2)", "nsubj(postponed-2, Officials-1)", "obj(postponed-2, vote-4)",
            "det(vote-4, the-3)", "obl(postponed-2, Tuesday-6)", "case(Tuesday-6, until-5)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("Fans/NNS danced/VBD=dance until/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, danced-2)", "nsubj(danced-2, Fans-1)", "obl(danced-2, Tuesday-4)", "case(Tuesday-4, until-3)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("Tuesday=2019-03-19", "Tuesday=2019-03-12"), dates(a));
  }

  @Test
  void aCreditExtendedThroughAMonthGoneByIsTheComingOne() {
    AnnotatedArticle a = Docs.article("2019-11-05")
        .sentence("Lenders/NNS have/VBP=have extended/VBN=extend the/DT credit/NN through/IN January/NNP@DATE ./.",
            "root(ROOT-0, extended-3)", "nsubj(extended-3, Lenders-1)", "aux(extended-3, have-2)",
            "obj(extended-3, credit-5)", "det(credit-5, the-4)", "obl(extended-3, January-7)",
            "case(January-7, through-6)")
        .timex("January", "DATE", "2019-01")
        .build();
    assertEquals(List.of("January=2020-01"), dates(a));
  }

  @Test
  void aMonthLongGoneInAnInfinitiveUnderAPresentClauseIsTheComingOneUnderAPastClauseNot() {
    AnnotatedArticle a = Docs.article("2019-11-05")
        .sentence("The/DT firm/NN is/VBZ=be rushing/VBG=rush to/TO finish/VB=finish the/DT plant/NN by/IN"
            + " February/NNP@DATE ./.",
            "root(ROOT-0, rushing-4)", "nsubj(rushing-4, firm-2)", "det(firm-2, The-1)", "aux(rushing-4, is-3)",
            "xcomp(rushing-4, finish-6)", "mark(finish-6, to-5)", "obj(finish-6, plant-8)", "det(plant-8, the-7)",
            "obl(finish-6, February-10)", "case(February-10, by-9)")
        .timex("February", "DATE", "2019-02")
        .sentence("The/DT board/NN asked/VBD=ask for/IN funds/NNS to/TO build/VB=build it/PRP in/IN"
            + " February/NNP@DATE ./.",
            "root(ROOT-0, asked-3)", "nsubj(asked-3, board-2)", "det(board-2, The-1)", "obl(asked-3, funds-5)",
            "case(funds-5, for-4)", "advcl(asked-3, build-7)", "mark(build-7, to-6)", "obj(build-7, it-8)",
            "obl(build-7, February-10)", "case(February-10, in-9)")
        .timex("February", "DATE", "2019-02")
        .build();
    assertEquals(List.of("February=2020-02", "February=2019-02"), dates(a));
  }
}
