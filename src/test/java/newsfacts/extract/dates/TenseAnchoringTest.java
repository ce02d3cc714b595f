package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Which way a weekday or a year-less month points, read from the parse: the predicate that governs
 * it, an infinitive's governor, a possessive. 2019-03-14, the articles' date, is a Thursday.
 */
class TenseAnchoringTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void anInfinitiveOfPurposeTakesTheTenseOfItsClauseAndAPlanLooksAhead() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Crowds/NNS=crowd gathered/VBD=gather to/TO mark/VB=mark the/DT day/NN on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, gathered-2)", "nsubj(gathered-2, Crowds-1)", "advcl(gathered-2, mark-4)", "mark(mark-4, to-3)",
            "obj(mark-4, day-6)", "det(day-6, the-5)", "obl(mark-4, Tuesday-8)", "case(Tuesday-8, on-7)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("The/DT club/NN rose/VBD=rise to/TO close/VB=close on/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, rose-3)", "nsubj(rose-3, club-2)", "xcomp(rose-3, close-5)", "mark(close-5, to-4)",
            "obl(close-5, Monday-7)", "case(Monday-7, on-6)")
        .timex("Monday", "DATE", "2019-03-11")
        .sentence("The/DT ship/NN is/VBZ=be due/JJ=due to/TO sail/VB=sail on/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, due-4)", "nsubj(due-4, ship-2)", "cop(due-4, is-3)", "xcomp(due-4, sail-6)",
            "mark(sail-6, to-5)", "obl(sail-6, Monday-8)", "case(Monday-8, on-7)")
        .timex("Monday", "DATE", "2019-03-11")
        .build();
    assertEquals(List.of("Tuesday=2019-03-12", "Monday=2019-03-11", "Monday=2019-03-18"), dates(a));
  }

  @Test
  void aPresentVerbInAClauseOfTimeLooksAhead() {
    // 2019-03-14 is a Thursday: "when ministers meet on Tuesday" is the coming one, "as ministers meet" says nothing
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("It/PRP will/MD top/VB=top the/DT agenda/NN when/WRB ministers/NNS meet/VBP=meet on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, top-3)", "nsubj(top-3, It-1)", "aux(top-3, will-2)", "obj(top-3, agenda-5)", "det(agenda-5, the-4)",
            "advcl(top-3, meet-8)", "advmod(meet-8, when-6)", "nsubj(meet-8, ministers-7)", "obl(meet-8, Tuesday-10)",
            "case(Tuesday-10, on-9)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("Prices/NNS fell/VBD=fall as/IN ministers/NNS meet/VBP=meet on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, fell-2)", "nsubj(fell-2, Prices-1)", "advcl(fell-2, meet-5)", "mark(meet-5, as-3)",
            "nsubj(meet-5, ministers-4)", "obl(meet-5, Tuesday-7)", "case(Tuesday-7, on-6)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("Tuesday=2019-03-19", "Tuesday=2019-03-12"), dates(a));
  }

  @Test
  void aWeekdayOwnedByAnEventNounIsTheLatestOneWhateverTheVerb() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("They/PRP will/MD appeal/VB=appeal Tuesday/NNP@DATE 's/POS ruling/NN ./.",
            "root(ROOT-0, appeal-3)", "nsubj(appeal-3, They-1)", "aux(appeal-3, will-2)", "obj(appeal-3, ruling-6)",
            "nmod:poss(ruling-6, Tuesday-4)", "case(Tuesday-4, 's-5)")
        .timex("Tuesday", "DATE", "2019-03-19")
        .build();
    assertEquals(List.of("Tuesday=2019-03-12"), dates(a));
  }

  @Test
  void aPredicateAdjectiveWithWillLooksAheadAndThisMonthStaysInThePublicationYear() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("The/DT bonus/NN will/MD be/VB=be payable/JJ=payable Jan./NNP@DATE 3/CD@DATE ,/, it/PRP said/VBD=say ./.",
            "root(ROOT-0, said-10)", "ccomp(said-10, payable-5)", "nsubj(payable-5, bonus-2)", "aux(payable-5, will-3)",
            "cop(payable-5, be-4)", "obl(payable-5, Jan.-6)", "nummod(Jan.-6, 3-7)", "nsubj(said-10, it-9)")
        .timex("Jan. 3", "DATE", "2019-01-03")
        .build();
    AnnotatedArticle b = Docs.article("2019-02-05")
        .sentence("The/DT vote/NN is/VBZ=be due/JJ=due this/DT@DATE September/NNP@DATE ,/, aides/NNS=aide said/VBD=say ./.",
            "root(ROOT-0, said-9)", "ccomp(said-9, due-4)", "nsubj(due-4, vote-2)", "cop(due-4, is-3)",
            "obl:tmod(due-4, September-6)", "det(September-6, this-5)", "nsubj(said-9, aides-8)")
        .timex("this September", "DATE", "2019-09")
        .build();
    assertEquals(List.of("Jan. 3=2020-01-03"), dates(a));
    assertEquals(List.of("this September=2019-09"), dates(b));
  }

  @Test
  void aQuarterModifyingANounIsNotMovedByTheFutureOfTheClause() {
    AnnotatedArticle a = Docs.article("2019-10-30")
        .sentence("Its/PRP$ third-quarter/JJ@DATE profit/NN will/MD be/VB=be lower/JJR=low ./.",
            "root(ROOT-0, lower-6)", "nsubj(lower-6, profit-3)", "nmod:poss(profit-3, Its-1)", "amod(profit-3, third-quarter-2)",
            "aux(lower-6, will-4)", "cop(lower-6, be-5)")
        .timex("third-quarter", "DATE", "2019-Q3")
        .build();
    assertEquals(List.of("third-quarter=2019-Q3"), dates(a));
  }

  @Test
  void aMonthAfterAnIntentionThatHasPassedIsNextYears() {
    AnnotatedArticle a = Docs.article("2019-12-05")
        .sentence("They/PRP are/VBP=be expected/VBN=expect to/TO join/VB=join in/IN April/NNP@DATE ./.",
            "root(ROOT-0, expected-3)", "nsubj:pass(expected-3, They-1)", "aux:pass(expected-3, are-2)",
            "xcomp(expected-3, join-5)", "mark(join-5, to-4)", "obl(join-5, April-7)", "case(April-7, in-6)")
        .timex("April", "DATE", "2019-04")
        .build();
    assertEquals(List.of("April=2020-04"), dates(a));
  }

  @Test
  void anInfinitiveUnderAProspectiveNounLooksAheadAndAJustEndedQuarterStays() {
    AnnotatedArticle a = Docs.article("2019-01-22")
        .sentence("They/PRP won/VBD=win the/DT right/NN=right to/TO host/VB=host the/DT cup/NN in/IN August/NNP@DATE ./.",
            "root(ROOT-0, won-2)", "nsubj(won-2, They-1)", "obj(won-2, right-4)", "det(right-4, the-3)", "acl(right-4, host-6)",
            "mark(host-6, to-5)", "obj(host-6, cup-8)", "obl(host-6, August-10)", "case(August-10, in-9)")
        .timex("August", "DATE", "2019-08")
        .build();
    AnnotatedArticle b = Docs.article("2019-10-22")
        .sentence("It/PRP will/MD report/VB=report a/DT loss/NN for/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ./.",
            "root(ROOT-0, report-3)", "nsubj(report-3, It-1)", "aux(report-3, will-2)", "obj(report-3, loss-5)",
            "obl(report-3, quarter-9)", "case(quarter-9, for-6)", "det(quarter-9, the-7)", "amod(quarter-9, third-8)")
        .timex("the third quarter", "DATE", "2019-Q3")
        .build();
    assertEquals(List.of("August=2019-08"), dates(a));
    assertEquals(List.of("the third quarter=2019-Q3"), dates(b));
  }

  @Test
  void aMonthAfterAPurposeInfinitiveKeepsTheAnnotatorsYear() {
    AnnotatedArticle a = Docs.article("2019-01-22")
        .sentence("They/PRP awarded/VBD=award it/PRP the/DT right/NN=right to/TO host/VB=host the/DT cup/NN in/IN"
            + " August/NNP@DATE ./.",
            "root(ROOT-0, awarded-2)", "nsubj(awarded-2, They-1)", "iobj(awarded-2, it-3)", "obj(awarded-2, right-5)",
            "advcl(awarded-2, host-7)", "mark(host-7, to-6)", "obj(host-7, cup-9)", "obl(host-7, August-11)",
            "case(August-11, in-10)")
        .timex("August", "DATE", "2019-08")
        .build();
    assertEquals(List.of("August=2019-08"), dates(a));
  }

  @Test
  void aGerundTakesTheTenseOfTheClauseItHangsFrom() {
    // a month under a gerund had no tense: August, more than a quarter ahead, went to the year before
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Two/CD ferries/NNS=ferry will/MD sail/VB=sail ,/, with/IN a/DT third/JJ starting/VBG=start in/IN August/NNP@DATE ./.",
            "root(ROOT-0, sail-4)", "nsubj(sail-4, ferries-2)", "aux(sail-4, will-3)", "advcl(sail-4, starting-9)",
            "mark(starting-9, with-6)", "nsubj(starting-9, third-8)", "det(third-8, a-7)", "obl(starting-9, August-11)",
            "case(August-11, in-10)")
        .timex("August", "DATE", "2019-08")
        .sentence("Crews/NNS=crew left/VBD=leave ,/, with/IN a/DT third/JJ starting/VBG=start on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, left-2)", "nsubj(left-2, Crews-1)", "advcl(left-2, starting-7)", "mark(starting-7, with-4)",
            "nsubj(starting-7, third-6)", "det(third-6, a-5)", "obl(starting-7, Tuesday-9)", "case(Tuesday-9, on-8)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("August=2019-08", "Tuesday=2019-03-12"), dates(a));
  }

  @Test
  void aPresentBeToSaysWhatIsArranged() {
    // the parse makes "is" the auxiliary of the infinitive; the weekday was the Tuesday before
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT bank/NN is/VBZ=be to/TO reopen/VB=reopen on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, reopen-5)", "nsubj(reopen-5, bank-2)", "aux(reopen-5, is-3)", "mark(reopen-5, to-4)",
            "obl(reopen-5, Tuesday-7)", "case(Tuesday-7, on-6)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("The/DT bank/NN was/VBD=be to/TO reopen/VB=reopen on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, reopen-5)", "nsubj(reopen-5, bank-2)", "aux(reopen-5, was-3)", "mark(reopen-5, to-4)",
            "obl(reopen-5, Tuesday-7)", "case(Tuesday-7, on-6)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("Tuesday=2019-03-19", "Tuesday=2019-03-12"), dates(a));
  }

  @Test
  void aGerundUnderAnInfinitiveOfPurposeKeepsNoTense() {
    // the infinitive has no tense of its own either: August stays the one gone, as for a lone gerund
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP Ruiz/NNP rose/VBD=rise to/TO defend/VB=defend workers/NNS=worker striking/VBG=strike in/IN August/NNP@DATE ./.",
            "root(ROOT-0, rose-3)", "nsubj(rose-3, Ruiz-2)", "xcomp(rose-3, defend-5)", "mark(defend-5, to-4)",
            "obj(defend-5, workers-6)", "acl(workers-6, striking-7)", "obl(striking-7, August-9)", "case(August-9, in-8)")
        .timex("August", "DATE", "2019-08")
        .build();
    assertEquals(List.of("August=2018-08"), dates(a));
  }

  @Test
  void aModalPerfectWithBeenLooksBack() {
    // "may have been responsible": "been" makes a perfect of the adjective; "may" alone looked ahead
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Rain/NN may/MD have/VB=have been/VBN=be responsible/JJ=responsible for/IN delays/NNS=delay on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, responsible-5)", "nsubj(responsible-5, Rain-1)", "aux(responsible-5, may-2)", "aux(responsible-5, have-3)",
            "cop(responsible-5, been-4)", "obl(responsible-5, delays-7)", "case(delays-7, for-6)", "obl(responsible-5, Tuesday-9)",
            "case(Tuesday-9, on-8)")
        .timex("Tuesday", "DATE", "2019-03-19")
        .sentence("Rain/NN may/MD be/VB=be responsible/JJ=responsible for/IN delays/NNS=delay on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, responsible-4)", "nsubj(responsible-4, Rain-1)", "aux(responsible-4, may-2)", "cop(responsible-4, be-3)",
            "obl(responsible-4, delays-6)", "case(delays-6, for-5)", "obl(responsible-4, Tuesday-8)", "case(Tuesday-8, on-7)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("Tuesday=2019-03-12", "Tuesday=2019-03-19"), dates(a));
  }
}
