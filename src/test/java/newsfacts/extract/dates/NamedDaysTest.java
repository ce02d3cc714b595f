package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Days named rather than dated: holidays the annotator places in the publication year, weekdays
 * after a phrase that looks ahead, and the adjective "year-earlier" of earnings reports.
 */
class NamedDaysTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void aHolidayInPastNarrativeIsTheLatestOneAndAFloatingOneKeepsItsWeekday() {
    // 2020-01-10; the annotator's Thanksgiving 2020-11-26 is the fourth Thursday, so 2019's is the 28th
    AnnotatedArticle a = Docs.article("2020-01-10")
        .sentence("The/DT dog/NN was/VBD=be found/VBN=find on/IN Thanksgiving/NNP@DATE Day/NNP@DATE ./.")
        .timex("Thanksgiving Day", "DATE", "2020-11-26")
        .sentence("The/DT shop/NN closed/VBD=close at/IN Christmas/NNP@DATE ./.")
        .timex("Christmas", "DATE", "2020-12-25")
        .sentence("The/DT shop/NN will/MD reopen/VB=reopen at/IN Christmas/NNP@DATE ./.")
        .timex("Christmas", "DATE", "2020-12-25")
        .build();
    assertEquals(List.of("Thanksgiving Day=2019-11-28", "Christmas=2019-12-25", "Christmas=2020-12-25"), dates(a));
  }

  @Test
  void aHolidayAlreadyPastInAFutureSentenceIsNextYears() {
    AnnotatedArticle a = Docs.article("2019-12-10")
        .sentence("The/DT fair/NN will/MD open/VB=open on/IN Labor/NNP@DATE Day/NNP@DATE ./.")
        .timex("Labor Day", "DATE", "2019-09-02")
        .build();
    assertEquals(List.of("Labor Day=2020-09-07"), dates(a));
  }

  @Test
  void easterAlreadyPastInAFutureSentenceIsNextYearsEasterSunday() {
    // Easter 2031 is 13 April, Easter 2032 28 March; Pentecost is 49 days after Easter
    AnnotatedArticle a = Docs.article("2031-05-06")
        .sentence("Workers/NNS will/MD strike/VB=strike over/IN Easter/NNP@DATE ./.",
            "root(ROOT-0, strike-3)", "nsubj(strike-3, Workers-1)", "aux(strike-3, will-2)", "obl(strike-3, Easter-5)",
            "case(Easter-5, over-4)")
        .timex("Easter", "DATE", "2031-04-13")
        .sentence("The/DT deal/NN was/VBD=be signed/VBN=sign at/IN Easter/NNP@DATE ./.")
        .timex("Easter", "DATE", "2031-04-13")
        .sentence("The/DT hall/NN will/MD open/VB=open at/IN Pentecost/NNP@DATE ./.")
        .timex("Pentecost", "DATE", "2030-06-09")
        .build();
    assertEquals(List.of("Easter=2032-03-28", "Easter=2031-04-13", "Pentecost=2031-06-01"), dates(a));
  }

  @Test
  void aWeekdayAfterAsEarlyAsLiesAheadWhateverTheVerb() {
    // 2019-03-14 is a Thursday
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT team/NN was/VBD=be ready/JJ to/TO leave/VB=leave as/RB early/RB as/IN Tuesday/NNP@DATE ./.")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("The/DT team/NN was/VBD=be ready/JJ to/TO leave/VB=leave on/IN Tuesday/NNP@DATE ./.")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("Tuesday=2019-03-19", "Tuesday=2019-03-12"), dates(a));
  }

  @Test
  void aDateAfterEffectiveLiesAheadInPastNarrative() {
    // 2019-10-24 is a Thursday; February is over and more than a quarter away next year
    AnnotatedArticle a = Docs.article("2019-10-24")
        .sentence("The/DT board/NN named/VBD=name a/DT new/JJ chief/NN ,/, effective/JJ Feb./NNP@DATE 1/CD@DATE ./.")
        .timex("Feb. 1", "DATE", "2019-02-01")
        .sentence("The/DT board/NN met/VBD=meet on/IN Tuesday/NNP@DATE ./.")
        .timex("Tuesday", "DATE", "2019-10-22")
        .build();
    assertEquals(List.of("Feb. 1=2020-02-01", "Tuesday=2019-10-22"), dates(a));
  }

  @Test
  void yearEarlierAloneIsTheQuarterBeforeButNotBeforeAnAmountOrATimeOfItsOwn() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN rose/VBD=rise in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .sentence("It/PRP compares/VBZ=compare with/IN year-earlier/JJ profit/NN of/IN $/$ 5/CD million/CD ./.")
        .sentence("Sales/NNS=sale fell/VBD=fall below/IN the/DT year-earlier/JJ $/$ 4/CD million/CD ./.")
        .sentence("Year-ago/JJ results/NNS=result included/VBD=include a/DT gain/NN ./.")
        .build();
    assertEquals(List.of("the third quarter=2019-Q3", "year-earlier=2018-Q3", "Year-ago=2018-Q3"), dates(a));
  }

  @Test
  void aYearEarlierComparedWithSeveralQuartersIsTheYearBefore() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN rose/VBD=rise in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .sentence("For/IN the/DT nine/CD months/NNS=month ,/, profit/NN rose/VBD=rise from/IN $/$ 7/CD million/CD"
            + " a/DT@DATE year/NN@DATE earlier/RBR@DATE ./.")
        .timex("a year earlier", "DATE", "2018-11-14")
        .sentence("Sales/NNS=sale rose/VBD=rise from/IN $/$ 9/CD million/CD a/DT@DATE year/NN@DATE earlier/RBR@DATE ./.")
        .timex("a year earlier", "DATE", "2018-11-14")
        .sentence("First-half/JJ sales/NNS=sale matched/VBD=match the/DT@DATE year-ago/JJ@DATE quarter/NN@DATE ./.")
        .timex("the year-ago quarter", "DATE", "")
        .build();
    assertEquals(List.of("the third quarter=2019-Q3", "a year earlier=2018", "a year earlier=2018-Q3",
        "the year-ago quarter=2018-Q3"), dates(a));
  }

  @Test
  void yearEarlierAloneWithNoQuarterNamedIsTheYearBefore() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Net/NN fell/VBD=fall from/IN year-earlier/JJ net/NN income/NN ./.")
        .build();
    assertEquals(List.of("year-earlier=2018"), dates(a));
  }
}
