package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * The dates step on the time expressions the annotator hands it: the scheme's conventions and the
 * anchoring it adds. 2019-03-14, the articles' date, is a Thursday.
 */
class DatesStepTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final DatesStep STEP = new DatesStep(Docs.lexicon());

  /** Each date as "text/TYPE=value", after the entities step (dates inside names are dropped). */
  private static List<String> dates(AnnotatedArticle article) {
    Document withEntities = ENTITIES.apply(Document.of(article));
    return STEP.apply(withEntities).dates().stream().map(t -> t.text() + "/" + t.type() + "=" + t.value()).toList();
  }

  @Test
  void aWeekdayInPastNarrativeIsTheLatestOneOnOrBeforeTheArticleDate() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT council/NN met/VBD=meet on/IN Monday/NNP@DATE ./.")
        .timex("Monday", "DATE", "2019-03-18")
        .sentence("It/PRP will/MD vote/VB=vote on/IN Monday/NNP@DATE ./.")
        .timex("Monday", "DATE", "2019-03-18")
        .sentence("It/PRP met/VBD=meet again/RB on/IN Tuesday/NNP@DATE ./.")
        .timex("Tuesday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("Monday/DATE=2019-03-11", "Monday/DATE=2019-03-18", "Tuesday/DATE=2019-03-12"), dates(a));
  }

  @Test
  void aDayRangeAfterAMonthIsTwoDates() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Talks/NNS=talk are/VBP=be set/VBN=set for/IN June/NNP@DATE 6-7/CD@DATE ./.")
        .timex("June", "DATE", "2019-06")
        .timex("6-7", "DATE", "")
        .build();
    assertEquals(List.of("June 6/DATE=2019-06-06", "7/DATE=2019-06-07"), dates(a));
  }

  @Test
  void aNumberAfterADateThatNoDayOfItsMonthCanBeIsNoDate() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Support/NN rose/VBD=rise from/IN 40/CD percent/NN on/IN April/NNP@DATE 11/CD@DATE to/TO 46/CD"
            + " percent/NN ./.")
        .timex("April 11", "DATE", "2019-04-11")
        .sentence("It/PRP fell/VBD=fall on/IN February/NNP@DATE 27/CD@DATE to/TO 30/CD percent/NN ./.")
        .timex("February 27", "DATE", "2019-02-27")
        .sentence("Talks/NNS=talk are/VBP=be set/VBN=set for/IN June/NNP@DATE 31-33/CD@DATE ./.")
        .timex("June", "DATE", "2019-06")
        .timex("31-33", "DATE", "")
        .build();
    assertEquals(List.of("April 11/DATE=2019-04-11", "February 27/DATE=2019-02-27", "June/DATE=2019-06"), dates(a));
  }

  @Test
  void aBareDayAfterAFullDateIsADateOfTheSameMonth() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT fair/NN runs/VBZ=run from/IN April/NNP@DATE 11/CD@DATE to/TO 12/CD@NUMBER ./.")
        .timex("April 11", "DATE", "2019-04-11")
        .build();
    assertEquals(List.of("April 11/DATE=2019-04-11", "12/DATE=2019-04-12"), dates(a));
  }

  @Test
  void thePastDecadeAndThePastFewYearsAreDurations() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Prices/NNS=price rose/VBD=rise over/IN the/DT@DATE past/JJ@DATE decade/NN@DATE and/CC"
            + " fell/VBD=fall in/IN the/DT@DATE last/JJ@DATE 3/CD@DATE weeks/NNS=week@DATE ,/, after/IN"
            + " the/DT@DATE past/JJ@DATE few/JJ@DATE years/NNS=year@DATE ./.")
        .timex("the past decade", "DATE", "PAST_REF")
        .timex("the last 3 weeks", "DURATION", "P3W")
        .timex("the past few years", "DATE", "PAST_REF")
        .build();
    assertEquals(List.of("the past decade/DURATION=P10Y", "the last 3 weeks/DURATION=P3W",
        "the past few years/DURATION=PXY"), dates(a));
  }

  @Test
  void yearsAgoAndMonthsAgoKeepOnlyTheYearOrTheMonth() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN closed/VBD=close 10/CD@DATE years/NNS=year@DATE ago/RB@DATE and/CC"
            + " reopened/VBD=reopen six/CD@DATE months/NNS=month@DATE ago/RB@DATE ./.")
        .timex("10 years ago", "DATE", "2009-03-14")
        .timex("six months ago", "DATE", "2018-09-14")
        .build();
    assertEquals(List.of("10 years ago/DATE=2009", "six months ago/DATE=2018-09"), dates(a));
  }

  @Test
  void aTimestampSplitInTwoExpressionsWithOneValueIsJoined() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Posted/VBN=post 16:18/CD@TIME March/NNP@TIME 14/CD@TIME ,/, 2019/CD@TIME")
        .timex("16:18", "TIME", "2019-03-14T16:18")
        .timex("March 14, 2019", "DATE", "2019-03-14T16:18")
        .build();
    assertEquals(List.of("16:18 March 14, 2019/TIME=2019-03-14T16:18"), dates(a));
  }

  @Test
  void yearsOfNamesCopyrightLinesAdjectivesAndBareTimeAreNotDates() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT Vision/NNP@ORGANIZATION 2030/CD@ORGANIZATION Fund/NNP@ORGANIZATION ,/, set/VBN=set"
            + " up/RP in/IN 2015/CD@DATE ,/, sees/VBZ=see future/JJ@DATE growth/NN and/CC little/JJ"
            + " time/NN@DATE ./.")
        .timex("2030", "DATE", "2030")
        .timex("2015", "DATE", "2015")
        .timex("future", "DATE", "FUTURE_REF")
        .timex("time", "DATE", "")
        .paragraph()
        .sentence("Copyright/NN ©/SYM 2019/CD@DATE Harbour/NNP@ORGANIZATION News/NNP@ORGANIZATION")
        .timex("2019", "DATE", "2019")
        .build();
    assertEquals(List.of("2015/DATE=2015"), dates(a));
  }

  @Test
  void aTimeWordBeforeAGerundAndItsNounIsAdjectival() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT plan/NN cuts/VBZ=cut future/JJ@DATE operating/VBG=operate costs/NNS=cost ./.")
        .timex("future", "DATE", "FUTURE_REF")
        .sentence("Prices/NNS=price may/MD rise/VB in/IN the/DT@DATE future/NN@DATE ,/, selling/VBG=sell more/JJR ./.")
        .timex("the future", "DATE", "FUTURE_REF")
        .build();
    assertEquals(List.of("the future/DATE=FUTURE_REF"), dates(a));
  }

  @Test
  void agesBareUnitsAdjectivalFrequenciesAndOnceAreNotDates() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT 45-year-old/JJ@DURATION clerk/NN ,/, once/RB@DATE a/DT teacher/NN ,/, filed/VBD the/DT"
            + " current/JJ@DATE report/NN a/DT day/NN@DURATION late/RB and/CC pays/VBZ=pay annually/RB@SET ./.")
        .timex("45-year-old", "DURATION", "P45Y")
        .timex("once", "DATE", "PAST_REF")
        .timex("current", "DATE", "PRESENT_REF")
        .timex("day", "DURATION", "P1D")
        .timex("annually", "SET", "P1Y")
        .sentence("He/PRP is/VBZ=be 52/CD@DURATION years/NNS=year@DURATION old/JJ ./.")
        .timex("52 years", "DURATION", "P52Y")
        .sentence("It/PRP opens/VBZ=open a/DT new/JJ decade/NN@DURATION with/IN an/DT annual/JJ@SET fair/NN ./.")
        .timex("decade", "DURATION", "P10Y")
        .timex("annual", "SET", "P1Y")
        .build();
    assertEquals(List.of("annually/SET=P1Y", "decade/DURATION=P10Y", "annual/SET=P1Y"), dates(a));
  }

  @Test
  void aMonthWithoutYearTakesTheYearTheTensePointsTo() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Prices/NNS=price fell/VBD=fall in/IN October/NNP@DATE ./.")
        .timex("October", "DATE", "2019-10")
        .sentence("Talks/NNS=talk will/MD resume/VB=resume in/IN February/NNP@DATE ./.")
        .timex("February", "DATE", "2019-02")
        .sentence("Rents/NNS=rent rise/VBP=rise in/IN June/NNP@DATE ./.")
        .timex("June", "DATE", "2019-06")
        .sentence("The/DT mill/NN closed/VBD=close last/JJ@DATE April/NNP@DATE ./.")
        .timex("last April", "DATE", "2018-04")
        .build();
    assertEquals(List.of("October/DATE=2018-10", "February/DATE=2020-02", "June/DATE=2019-06",
        "last April/DATE=2018-04"), dates(a));
  }

  @Test
  void aDeadlineJustAfterTheArticleDateKeepsItsYearInAPastSentence() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT firm/NN extended/VBD=extend its/PRP$ offer/NN until/IN March/NNP@DATE 20/CD@DATE ./.")
        .timex("March 20", "DATE", "2019-03-20")
        .build();
    assertEquals(List.of("March 20/DATE=2019-03-20"), dates(a));
  }

  @Test
  void aWeekdayAfterWillIsTheNextOneAndAPlannedOneToo() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT board/NN will/MD vote/VB=vote on/IN Monday/NNP@DATE ./.")
        .timex("Monday", "DATE", "2019-03-11")
        .sentence("The/DT team/NN planned/VBD=plan to/TO leave/VB=leave on/IN Tuesday/NNP@DATE ./.",
            "root(ROOT-0, planned-3)", "nsubj(planned-3, team-2)", "xcomp(planned-3, leave-5)", "mark(leave-5, to-4)",
            "obl(leave-5, Tuesday-7)", "case(Tuesday-7, on-6)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .sentence("Crowds/NNS=crowd gathered/VBD=gather on/IN Saturday/NNP@TIME night/NN@TIME ./.")
        .timex("Saturday night", "TIME", "2019-03-16TNI")
        .build();
    assertEquals(List.of("Monday/DATE=2019-03-18", "Tuesday/DATE=2019-03-19", "Saturday night/DATE=2019-03-09"),
        dates(a));
  }

  @Test
  void theQuarterAndAYearEarlierFollowTheQuarterTheStoryReportsOn() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN rose/VBD=rise in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE from/IN a/DT@DATE"
            + " year/NN@DATE earlier/RBR@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .timex("a year earlier", "DATE", "2018-11-14")
        .sentence("Sales/NNS=sale in/IN the/DT@DATE quarter/NN@DATE fell/VBD=fall ./.")
        .timex("the quarter", "DATE", "2019-Q4")
        .sentence("In/IN the/DT comparable/JJ year-ago/JJ period/NN ,/, sales/NNS=sale were/VBD=be flat/JJ ./.")
        .sentence("Costs/NNS=cost in/IN the/DT year/NN -/HYPH earlier/JJR quarter/NN fell/VBD=fall ./.")
        .build();
    assertEquals(List.of("the third quarter/DATE=2019-Q3", "a year earlier/DATE=2018-Q3", "the quarter/DATE=2019-Q3",
        "the comparable year-ago period/DATE=2018-Q3", "the year - earlier quarter/DATE=2018-Q3"), dates(a));
  }

  @Test
  void relativeExpressionsInPastNarrativeFollowTheStorysOwnDate() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT plant/NN opened/VBD=open on/IN May/NNP@DATE 2/CD@DATE ,/,@DATE 2011/CD@DATE and/CC"
            + " closed/VBD=close the/DT@DATE following/JJ@DATE year/NN@DATE ./.")
        .timex("May 2, 2011", "DATE", "2011-05-02")
        .timex("the following year", "DATE", "2020")
        .sentence("Two/CD@DATE days/NNS=day@DATE later/RB@DATE ,/, workers/NNS=worker left/VBD=leave ./.")
        .timex("Two days later", "DATE", "2019-03-16")
        .sentence("Earlier/RBR@DATE that/DT@DATE day/NN@DATE ,/, the/DT gates/NNS=gate shut/VBD=shut ./.")
        .timex("Earlier that day", "DATE", "")
        .sentence("Police/NNS=police arrived/VBD=arrive at/IN 9/CD@TIME a.m./RB@TIME ./.")
        .timex("9 a.m.", "TIME", "2019-03-14T09:00")
        .build();
    assertEquals(List.of("May 2, 2011/DATE=2011-05-02", "the following year/DATE=2012", "Two days/DURATION=P2D",
        "Earlier that day/DATE=2011-05-02", "9 a.m./TIME=2011-05-02T09:00"), dates(a));
  }

  @Test
  void decadesCenturiesAndTimeZonesTakeTimeMlValues() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Rates/NNS=rate peaked/VBD=peak in/IN the/DT@DATE 1980s/CD@DATE ,/, the/DT@DATE worst/JJS@DATE"
            + " of/IN@DATE the/DT@DATE 20th/JJ@DATE century/NN@DATE ,/, and/CC again/RB at/IN 5/CD@TIME p.m./RB@TIME"
            + " EST/NNP@TIME ./.")
        .timex("the 1980s", "DATE", "198X")
        .timex("the 20th century", "DATE", "19XX")
        .timex("5 p.m. EST", "TIME", "2019-03-14T17:00-0500")
        .sentence("Prices/NNS=price fell/VBD=fall for/IN the/DT@DURATION past/JJ@DURATION two/CD@DURATION"
            + " quarters/NNS=quarter@DURATION ./.")
        .timex("the past two quarters", "DURATION", "P6M")
        .build();
    assertEquals(List.of("the 1980s/DATE=198", "the 20th century/DATE=19", "5 p.m. EST/TIME=2019-03-14T17:00",
        "the past two quarters/DURATION=P2Q"), dates(a));
  }

  @Test
  void aPublicationDateKnownOnlyToTheYearStillAnchorsYearsAndMonths() {
    AnnotatedArticle a = Docs.article("2013")
        .sentence("Trade/NN grew/VBD=grow last/JJ@DATE year/NN@DATE and/CC again/RB in/IN June/NNP@DATE ,/, not/RB"
            + " on/IN Monday/NNP@DATE ./.")
        .timex("last year", "DATE", "")
        .timex("June", "DATE", "XXXX-06")
        .timex("Monday", "DATE", "XXXX-WXX-1")
        .build();
    assertEquals(List.of("last year/DATE=2012", "June/DATE=2013-06", "Monday/DATE=XXXX-WXX-1"), dates(a));
  }

  @Test
  void anExpressionCutIntoSeveralPiecesWithOneValueIsJoinedWhole() {
    // the annotator may hand "early Friday morning" as three pieces; joining the first two left "morning" a TIME of its own
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT march/NN began/VBD=begin early/RB@TIME Friday/NNP@TIME morning/NN@TIME ./.")
        .timex("early", "TIME", "2019-03-08TMO")
        .timex("Friday", "TIME", "2019-03-08TMO")
        .timex("morning", "TIME", "2019-03-08TMO")
        .build();
    assertEquals(List.of("early Friday morning/DATE=2019-03-08TMO"), dates(a));
  }

  @Test
  void anAmountOfHoursLaterIsTheDurationAsForDays() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT ferry/NN sank/VBD=sink on/IN May/NNP@DATE 2/CD@DATE ,/,@DATE 2011/CD@DATE ./.")
        .timex("May 2, 2011", "DATE", "2011-05-02")
        .sentence("Two/CD@DATE hours/NNS=hour@DATE later/RB@DATE ,/, divers/NNS=diver arrived/VBD=arrive ./.")
        .timex("Two hours later", "DATE", "2019-03-14")
        .build();
    assertEquals(List.of("May 2, 2011/DATE=2011-05-02", "Two hours/DURATION=PT2H"), dates(a));
  }

  @Test
  void aMonthCutFromItsDayAfterTheAbbreviationsPeriodTakesTheDay() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN burned/VBD=burn down/RP last/JJ@DATE Oct./NNP@DATE 23/CD@DATE ./.")
        .timex("last Oct.", "DATE", "2018-10")
        .timex("23", "DATE", "")
        .sentence("It/PRP sold/VBD=sell in/IN Feb./NNP@DATE 40/CD tons/NNS=ton ./.")
        .timex("Feb.", "DATE", "2019-02")
        .timex("40", "DATE", "")
        .build();
    assertEquals(List.of("last Oct. 23/DATE=2018-10-23", "Feb./DATE=2019-02"), dates(a));
  }
}
