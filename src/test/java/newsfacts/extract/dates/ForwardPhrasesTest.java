package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Weekdays and months that phrases put ahead whatever the tense: "ahead of", and "until", "from"
 * under a present predicate. 2031-03-12, the articles' date, is a Wednesday.
 */
class ForwardPhrasesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void theThingAheadOfWhichAPresentClauseHappensLiesAhead() {
    AnnotatedArticle a = Docs.article("2031-03-12")
        .sentence("Traders/NNS are/VBP=be cautious/JJ ahead/RB of/IN the/DT meeting/NN on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, cautious-3)", "nsubj(cautious-3, Traders-1)", "cop(cautious-3, are-2)", "advmod(cautious-3, ahead-4)",
            "obl(ahead-4, meeting-7)", "case(meeting-7, of-5)", "det(meeting-7, the-6)", "nmod(meeting-7, Tuesday-9)",
            "case(Tuesday-9, on-8)")
        .timex("Tuesday", "DATE", "2031-03-11")
        .build();
    assertEquals(List.of("Tuesday=2031-03-18"), dates(a));
  }

  @Test
  void afterAPastClauseTheNearerDayIsTaken() {
    // Wednesday 2031-03-12: Friday the 14th is two days ahead, the 7th five back; Tuesday the 11th one back
    AnnotatedArticle a = Docs.article("2031-03-12")
        .sentence("Rivals/NNS campaigned/VBD=campaign ahead/RB of/IN Friday/NNP@DATE 's/POS vote/NN ./.",
            "root(ROOT-0, campaigned-2)", "nsubj(campaigned-2, Rivals-1)", "advmod(campaigned-2, ahead-3)",
            "obl(ahead-3, vote-7)", "case(vote-7, of-4)", "nmod:poss(vote-7, Friday-5)", "case(Friday-5, 's-6)")
        .timex("Friday", "DATE", "2031-03-07")
        .sentence("Shares/NNS rose/VBD=rise ahead/RB of/IN the/DT meeting/NN on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, rose-2)", "nsubj(rose-2, Shares-1)", "advmod(rose-2, ahead-3)", "obl(ahead-3, meeting-6)",
            "case(meeting-6, of-4)", "det(meeting-6, the-5)", "nmod(meeting-6, Tuesday-8)", "case(Tuesday-8, on-7)")
        .timex("Tuesday", "DATE", "2031-03-11")
        .build();
    assertEquals(List.of("Friday=2031-03-14", "Tuesday=2031-03-11"), dates(a));
  }

  @Test
  void aWeekdayTheStoryNamedBeforeStaysTheStorysDay() {
    AnnotatedArticle a = Docs.article("2031-03-16")
        .sentence("Leaders/NNS met/VBD=meet on/IN Friday/NNP@DATE ./.",
            "root(ROOT-0, met-2)", "nsubj(met-2, Leaders-1)", "obl(met-2, Friday-4)", "case(Friday-4, on-3)")
        .timex("Friday", "DATE", "2031-03-14")
        .sentence("Ahead/RB of/IN Friday/NNP@DATE 's/POS meeting/NN ,/, two/CD members/NNS unveiled/VBD=unveil a/DT plan/NN ./.",
            "root(ROOT-0, unveiled-9)", "advmod(unveiled-9, Ahead-1)", "obl(Ahead-1, meeting-5)", "case(meeting-5, of-2)",
            "nmod:poss(meeting-5, Friday-3)", "case(Friday-3, 's-4)", "nsubj(unveiled-9, members-8)", "nummod(members-8, two-7)",
            "obj(unveiled-9, plan-11)", "det(plan-11, a-10)")
        .timex("Friday", "DATE", "2031-03-14")
        .build();
    assertEquals(List.of("Friday=2031-03-14", "Friday=2031-03-14"), dates(a));
  }

  @Test
  void untilOrFromUnderAPresentPredicateLooksAheadButNotUnderAPastOne() {
    AnnotatedArticle a = Docs.article("2031-03-12")
        .sentence("The/DT exhibition/NN runs/VBZ=run until/IN Sunday/NNP@DATE ./.",
            "root(ROOT-0, runs-3)", "nsubj(runs-3, exhibition-2)", "obl(runs-3, Sunday-5)", "case(Sunday-5, until-4)")
        .timex("Sunday", "DATE", "2031-03-09")
        .sentence("The/DT offer/NN is/VBZ=be valid/JJ till/IN Friday/NNP@DATE ./.",
            "root(ROOT-0, valid-4)", "nsubj(valid-4, offer-2)", "cop(valid-4, is-3)", "obl(valid-4, Friday-6)", "case(Friday-6, till-5)")
        .timex("Friday", "DATE", "2031-03-07")
        .sentence("The/DT timetable/NN applies/VBZ=apply from/IN October/NNP@DATE ./.",
            "root(ROOT-0, applies-3)", "nsubj(applies-3, timetable-2)", "obl(applies-3, October-5)", "case(October-5, from-4)")
        .timex("October", "DATE", "2031-10")
        .sentence("The/DT fair/NN ran/VBD=run until/IN Saturday/NNP@DATE ./.",
            "root(ROOT-0, ran-3)", "nsubj(ran-3, fair-2)", "obl(ran-3, Saturday-5)", "case(Saturday-5, until-4)")
        .timex("Saturday", "DATE", "2031-03-08")
        .sentence("Voters/NNS cast/VBP=cast ballots/NNS from/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, cast-2)", "nsubj(cast-2, Voters-1)", "obj(cast-2, ballots-3)", "obl(cast-2, Monday-5)",
            "case(Monday-5, from-4)")
        .timex("Monday", "DATE", "2031-03-10")
        .build();
    assertEquals(List.of("Sunday=2031-03-16", "Friday=2031-03-14", "October=2031-10", "Saturday=2031-03-08",
        "Monday=2031-03-10"), dates(a));
  }

  @Test
  void aHolidayBeforeWhichSomethingPresentStartsLiesAhead() {
    // Easter 2031 (13 April) is gone in November; the next is 28 March 2032
    AnnotatedArticle a = Docs.article("2031-11-10")
        .sentence("Work/NN starts/VBZ=start before/IN Easter/NNP@DATE ./.",
            "root(ROOT-0, starts-2)", "nsubj(starts-2, Work-1)", "obl(starts-2, Easter-4)", "case(Easter-4, before-3)")
        .timex("Easter", "DATE", "2031-04-13")
        .build();
    assertEquals(List.of("Easter=2032-03-28"), dates(a));
  }
}
