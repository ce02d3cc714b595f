package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Decades, centuries and fiscal quarters as TimeML writes them, on invented sentences. */
class PeriodsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aDecadeIsADateEvenWhenTheAnnotatorCallsItASet() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN grew/VBD=grow in/IN the/DT late/JJ 1970s/CD@SET ./.")
        .timex("1970s", "SET", "197X")
        .build();
    assertEquals(List.of("1970s/DATE=197"), dates(a));
  }

  @Test
  void aDecadeOrACenturyAgoIsAYear() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT bridge/NN opened/VBD=open a/DT@DATE decade/NN@DATE ago/RB@DATE ./.")
        .timex("a decade ago", "DATE", "2009-03-14")
        .build();
    assertEquals(List.of("a decade ago/DATE=2009"), dates(a));
  }

  @Test
  void theLatestQuarterBeforeAnyQuarterIsNamedIsTheLastOneEnded() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN fell/VBD=fall in/IN the/DT@DATE latest/JJS@DATE quarter/NN@DATE ,/, from/IN a/DT@DATE"
            + " year/NN@DATE earlier/RBR@DATE ./.")
        .timex("the latest quarter", "DATE", "2019-Q4")
        .timex("a year earlier", "DATE", "2018-11-14")
        .build();
    assertEquals(List.of("the latest quarter/DATE=2019-Q3", "a year earlier/DATE=2018-Q3"), dates(a));
  }

  @Test
  void thePreviousQuarterIsTheOneBeforeTheReportedQuarterNotALength() {
    AnnotatedArticle a = Docs.article("2019-02-14")
        .sentence("Sales/NNS rose/VBD=rise in/IN the/DT@DATE first/JJ@DATE quarter/NN@DATE from/IN the/DT@DURATION"
            + " previous/JJ@DURATION quarter/NN@DURATION ./.")
        .timex("the first quarter", "DATE", "2019-Q1")
        .timex("the previous quarter", "DURATION", "P1Q")
        .build();
    assertEquals(List.of("the first quarter/DATE=2019-Q1", "the previous quarter/DATE=2018-Q4"), dates(a));
  }

  @Test
  void theCurrentQuarterIsTheOneUnderWayNotTheOneReportedOn() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN fell/VBD=fall in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ,/, but/CC the/DT@DATE"
            + " current/JJ@DATE quarter/NN@DATE began/VBD=begin well/RB ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .timex("the current quarter", "DATE", "2019-Q4")
        .build();
    assertEquals(List.of("the third quarter/DATE=2019-Q3", "the current quarter/DATE=2019-Q4"), dates(a));
  }

  @Test
  void anEarlierQuarterNamedInPassingDoesNotBecomeTheStorysQuarter() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Third-quarter/JJ@DATE profit/NN rose/VBD=rise from/IN a/DT@DATE year/NN@DATE ago/RB@DATE ./.")
        .timex("Third-quarter", "DATE", "2019-Q3")
        .timex("a year ago", "DATE", "2018-11-14")
        .sentence("After/IN a/DT flat/JJ second/JJ@DATE quarter/NN@DATE ,/, sales/NNS=sale rose/VBD=rise ./.")
        .timex("second quarter", "DATE", "2019-Q2")
        .sentence("Costs/NNS=cost were/VBD=be lower/JJR than/IN a/DT@DATE year/NN@DATE ago/RB@DATE ./.")
        .timex("a year ago", "DATE", "2018-11-14")
        .sentence("Another/DT firm/NN posted/VBD=post fiscal/JJ@DATE second-quarter/JJ@DATE net/NN ,/, up/RB from/IN"
            + " a/DT@DATE year/NN@DATE ago/RB@DATE ./.")
        .timex("fiscal second-quarter", "DATE", "2019-Q2")
        .timex("a year ago", "DATE", "2018-11-14")
        .build();
    assertEquals(List.of("Third-quarter/DATE=2019-Q3", "a year ago/DATE=2018-Q3", "second quarter/DATE=2019-Q2",
        "a year ago/DATE=2018-Q3", "fiscal second-quarter/DATE=2019-Q2", "a year ago/DATE=2018-Q2"), dates(a));
  }

  @Test
  void aMonthOrAYearBehindAHyphenatedPrefixIsADate() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Talks/NNS=talk will/MD resume/VB=resume in/IN mid-January/NNP ./.")
        .sentence("The/DT firm/NN was/VBD=be founded/VBN=found in/IN mid-1996/NN and/CC grew/VBD=grow in/IN late/JJ -/HYPH"
            + " March/NNP@DATE ./.")
        .timex("March", "DATE", "2019-03")
        .build();
    assertEquals(List.of("mid-January/DATE=2020-01", "mid-1996/DATE=1996", "late - March/DATE=2019-03"), dates(a));
  }

  @Test
  void theEndOfTheCurrentYearIsADateOfThatYearUnlessItModifiesANoun() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("The/DT mill/NN will/MD close/VB=close by/IN year-end/NN ./.")
        .sentence("Hiring/NN should/MD rise/VB=rise by/IN year/NN 's/POS end/NN ./.")
        .sentence("The/DT year-end/JJ bonus/NN fell/VBD=fall ./.")
        .build();
    assertEquals(List.of("year-end/DATE=2019", "year's end/DATE=2019"), dates(a));
  }

  @Test
  void theLatestPeriodIsTheStorysQuarterOrTheLastOneEnded() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Sales/NNS=sale in/IN the/DT latest/JJS period/NN rose/VBD=rise ./.")
        .sentence("Profit/NN in/IN the/DT@DATE fourth/JJ@DATE quarter/NN@DATE and/CC in/IN the/DT latest/JJS period/NN fell/VBD=fall ./.")
        .timex("the fourth quarter", "DATE", "2019-Q4")
        .build();
    assertEquals(List.of("the latest period/DATE=2019-Q3", "the fourth quarter/DATE=2019-Q4", "the latest period/DATE=2019-Q4"),
        dates(a));
  }

  @Test
  void aForecastQuarterIsNotTheQuarterTheStoryReportsOn() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN fell/VBD=fall in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .sentence("The/DT storm/NN will/MD result/VB=result in/IN a/DT fourth-quarter/JJ@DATE charge/NN ./.",
            "root(ROOT-0, result-4)", "nsubj(result-4, storm-2)", "aux(result-4, will-3)", "obl(result-4, charge-8)",
            "case(charge-8, in-5)", "det(charge-8, a-6)", "amod(charge-8, fourth-quarter-7)")
        .timex("fourth-quarter", "DATE", "2019-Q4")
        .sentence("Sales/NNS=sale rose/VBD=rise in/IN the/DT@DATE latest/JJS@DATE quarter/NN@DATE ,/, as/IN they/PRP did/VBD=do"
            + " in/IN the/DT@DATE quarter/NN@DATE a/DT@DATE year/NN@DATE ago/RB@DATE ./.")
        .timex("the latest quarter", "DATE", "2019-Q4")
        .timex("the quarter a year ago", "DATE", "2019-Q4")
        .build();
    assertEquals(List.of("the third quarter/DATE=2019-Q3", "fourth-quarter/DATE=2019-Q4", "the latest quarter/DATE=2019-Q3",
        "the quarter a year ago/DATE=2018-Q3"), dates(a));
  }

  @Test
  void aFiscalQuarterEndedOrReportedInThePastIsTheStorysQuarter() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("The/DT firm/NN reported/VBD=report lower/JJR fourth-quarter/JJ@DATE profit/NN ./.",
            "root(ROOT-0, reported-3)", "nsubj(reported-3, firm-2)", "obj(reported-3, profit-6)",
            "amod(profit-6, lower-4)", "amod(profit-6, fourth-quarter-5)")
        .timex("fourth-quarter", "DATE", "2019-Q4")
        .sentence("Sales/NNS=sale in/IN the/DT latest/JJS period/NN rose/VBD=rise ./.")
        .build();
    assertEquals(List.of("fourth-quarter/DATE=2019-Q4", "the latest period/DATE=2019-Q4"), dates(a));
    AnnotatedArticle b = Docs.article("2019-11-14")
        .sentence("Revenue/NN for/IN the/DT@DATE fourth/JJ@DATE quarter/NN@DATE ended/VBN=end Sept./NNP@DATE 30/CD@DATE"
            + " is/VBZ=be due/JJ ,/, and/CC so/RB are/VBP=be results/NNS=result for/IN the/DT latest/JJS period/NN ./.")
        .timex("the fourth quarter", "DATE", "2019-Q4")
        .timex("Sept. 30", "DATE", "2019-09-30")
        .build();
    assertEquals(List.of("the fourth quarter/DATE=2019-Q4", "Sept. 30/DATE=2019-09-30", "the latest period/DATE=2019-Q4"),
        dates(b));
  }
}
