package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * TimeML conventions the dates step applies on top of the annotator, on invented sentences:
 * non-markables, rates, fiscal years defined by their end, the weekend, and periods of a named
 * year. 2019-03-14, the articles' date, is a Thursday.
 */
class TimeMlConventionsTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final DatesStep STEP = new DatesStep(Docs.lexicon());

  private static List<String> dates(AnnotatedArticle article) {
    Document withEntities = ENTITIES.apply(Document.of(article));
    return STEP.apply(withEntities).dates().stream().map(t -> t.text() + "/" + t.type() + "=" + t.value()).toList();
  }

  @Test
  void aYearDefinedByItsLastDayIsAOneYearDuration() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Net/NN rose/VBD=rise in/IN the/DT@DATE fiscal/JJ@DATE year/NN@DATE ended/VBD=end"
            + " June/NNP@DATE 30/CD@DATE ,/, and/CC sales/NNS=sale fell/VBD=fall last/JJ@DATE year/NN@DATE ./.")
        .timex("the fiscal year", "DATE", "2019")
        .timex("June 30", "DATE", "2018-06-30")
        .timex("last year", "DATE", "2018")
        .build();
    assertEquals(List.of("the fiscal year/DURATION=P1Y", "June 30/DATE=2018-06-30", "last year/DATE=2018"), dates(a));
  }

  @Test
  void aUnitAfterAQuantityIsARate() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN makes/VBZ=make 500/CD crates/NNS=crate a/DT@DURATION week/NN@DURATION and/CC"
            + " saves/VBZ=save $/$ 2/CD million/CD a/DT@DURATION year/NN@DURATION ./.")
        .timex("a week", "DURATION", "P1W")
        .timex("a year", "DURATION", "P1Y")
        .sentence("It/PRP will/MD reopen/VB=reopen within/IN a/DT@DURATION week/NN@DURATION ./.")
        .timex("a week", "DURATION", "P1W")
        .sentence("The/DT ferry/NN sails/VBZ=sail twice/RB a/DT@DURATION week/NN@DURATION ./.")
        .timex("a week", "DURATION", "P1W")
        .build();
    assertEquals(List.of("a week/SET=P1W", "a year/SET=P1Y", "a week/DURATION=P1W", "a week/SET=P1W"), dates(a));
  }

  @Test
  void aPluralUnitWithNoCountIsAnUnknownNumberOfUnits() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Prices/NNS=price in/IN Harbourton/NNP will/MD rise/VB=rise in/IN the/DT@DURATION coming/VBG@DURATION"
            + " years/NNS=year@DURATION and/CC over/IN the/DT@DURATION coming/VBG@DURATION month/NN@DURATION ./.")
        .timex("the coming years", "DURATION", "P1Y")
        .timex("the coming month", "DURATION", "P1M")
        .build();
    assertEquals(List.of("the coming years/DURATION=PXY", "the coming month/DURATION=P1M"), dates(a));
  }

  @Test
  void theWeekendInPastNarrativeIsTheLatestOneBegunByThePublicationDate() {
    AnnotatedArticle a = Docs.article("2019-03-11")
        .sentence("Talks/NNS=talk stalled/VBD=stall over/IN the/DT@DATE weekend/NN@DATE ./.")
        .timex("the weekend", "DATE", "2019-W11-WE")
        .sentence("They/PRP will/MD resume/VB=resume at/IN the/DT@DATE weekend/NN@DATE ./.")
        .timex("the weekend", "DATE", "2019-W10-WE")
        .build();
    assertEquals(List.of("the weekend/DATE=2019-W10-WE", "the weekend/DATE=2019-W11-WE"), dates(a));
  }

  @Test
  void functionWordsOrdinalsAndVerbsAreNotTimeExpressions() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT@TIME agency/NN said/VBD=say a/DT@DURATION second/JJ@DURATION group/NN left/VBD=leave ./.")
        .timex("The", "TIME", "2019-03-14TXX:XX")
        .timex("a second", "DURATION", "PT1S")
        .sentence("Lawyers/NNS=lawyer may/MD present/VB=present@DATE evidence/NN ,/, and/CC officers/NNS=officer"
            + " were/VBD=be also/RB present/JJ@DATE at/IN the/DT@DATE present/NN@DATE hearing/NN ./.")
        .timex("present", "DATE", "PRESENT_REF")
        .timex("present", "DATE", "PRESENT_REF")
        .sentence("Prices/NNS=price are/VBP=be high/JJ at/IN present/NN@DATE ./.")
        .timex("present", "DATE", "PRESENT_REF")
        .build();
    assertEquals(List.of("present/DATE=PRESENT_REF"), dates(a));
  }

  @Test
  void aNumberWithNoValueThatCannotBeAYearIsNoTimeExpression() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT firm/NN chose/VBD=choose the/DT 6502/CD@DATE chip/NN in/IN 1992/CD@DATE ./.")
        .timex("6502", "DATE", "")
        .timex("1992", "DATE", "1992")
        .sentence("It/PRP met/VBD=meet on/IN 23/CD@DATE ./.")
        .timex("23", "DATE", "")
        .build();
    assertEquals(List.of("1992/DATE=1992"), dates(a));
  }

  @Test
  void aPeriodOfANamedYearIsTheQuarterTheStoryReportsOnInThatYear() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN rose/VBD=rise in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .sentence("It/PRP earned/VBD=earn less/JJR in/IN the/DT@DATE 2018/CD@DATE quarter/NN@DATE ./.")
        .timex("the 2018 quarter", "DURATION", "P6054M")
        .build();
    assertEquals(List.of("the third quarter/DATE=2019-Q3", "the 2018 quarter/DATE=2018-Q3"), dates(a));
  }

  @Test
  void aModalPointsAheadUnlessAPerfectFollowsIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("He/PRP said/VBD=say he/PRP would/MD meet/VB=meet on/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, said-2)", "nsubj(said-2, He-1)", "ccomp(said-2, meet-5)", "nsubj(meet-5, he-3)",
            "aux(meet-5, would-4)", "obl(meet-5, Monday-7)", "case(Monday-7, on-6)")
        .timex("Monday", "DATE", "2019-03-11")
        .sentence("Officials/NNS=official may/MD have/VB=have met/VBN=meet on/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, met-4)", "nsubj(met-4, Officials-1)", "aux(met-4, may-2)", "aux(met-4, have-3)",
            "obl(met-4, Monday-6)", "case(Monday-6, on-5)")
        .timex("Monday", "DATE", "2019-03-18")
        .build();
    assertEquals(List.of("Monday/DATE=2019-03-18", "Monday/DATE=2019-03-11"), dates(a));
  }

  @Test
  void aDayWithNoTenseOfItsOwnIsTheNextOneWhenItComesWithinAQuarter() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("The/DT dividend/NN is/VBZ=be payable/JJ Jan./NNP@DATE 2/CD@DATE ./.")
        .timex("Jan. 2", "DATE", "2019-01-02")
        .sentence("Sales/NNS=sale rose/VBD=rise in/IN January/NNP@DATE ./.")
        .timex("January", "DATE", "2019-01")
        .sentence("The/DT plan/NN is/VBZ=be effective/JJ in/IN June/NNP@DATE ./.")
        .timex("June", "DATE", "2019-06")
        .build();
    assertEquals(List.of("Jan. 2/DATE=2020-01-02", "January/DATE=2019-01", "June/DATE=2019-06"), dates(a));
  }

  @Test
  void aPartOfAPeriodIsADurationAndThePeriodADate() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Sales/NNS=sale rose/VBD=rise in/IN the/DT@DATE first/JJ@DATE nine/CD@DATE months/NNS=month@DATE"
            + " of/IN@DATE 2018/CD@DATE and/CC fell/VBD=fall in/IN the/DT@DATE first/JJ@DATE two/CD@DATE"
            + " quarters/NNS=quarter@DATE of/IN@DATE the/DT@DATE year/NN@DATE ./.")
        .timex("the first nine months of 2018", "DATE", "")
        .timex("the first two quarters of the year", "DATE", "")
        .build();
    assertEquals(List.of("the first nine months/DURATION=P9M", "2018/DATE=2018", "the first two quarters/DURATION=P2Q",
        "the year/DATE=2019"), dates(a));
  }

  @Test
  void aFrequencyOfAnAmountIsAMeasureAndAFrequencyOfAnEventASet() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT firm/NN raised/VBD=raise its/PRP$ quarterly/JJ@SET cash/NN dividend/NN ./.",
            "root(ROOT-0, raised-3)", "nsubj(raised-3, firm-2)", "obj(raised-3, dividend-7)",
            "amod(dividend-7, quarterly-5)", "compound(dividend-7, cash-6)", "nmod:poss(dividend-7, its-4)")
        .timex("quarterly", "SET", "P3M")
        .sentence("Average/JJ daily/JJ@SET volume/NN=volume fell/VBD=fall ./.",
            "root(ROOT-0, fell-4)", "nsubj(fell-4, volume-3)", "amod(volume-3, Average-1)", "amod(volume-3, daily-2)")
        .timex("daily", "SET", "P1D")
        .sentence("Delegates/NNS=delegate met/VBD=meet at/IN the/DT annual/JJ@SET summit/NN ./.",
            "root(ROOT-0, met-2)", "nsubj(met-2, Delegates-1)", "obl(met-2, summit-6)", "case(summit-6, at-3)",
            "det(summit-6, the-4)", "amod(summit-6, annual-5)")
        .timex("annual", "SET", "P1Y")
        .sentence("Prices/NNS=price rise/VBP=rise 5/CD %/NN annually/RB@SET ./.")
        .timex("annually", "SET", "P1Y")
        .build();
    assertEquals(List.of("annual/SET=P1Y", "annually/SET=P1Y"), dates(a));
  }

  @Test
  void aMonthNameInLowerCaseIsTheCommonNoun() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Thousands/NNS=thousand joined/VBD=join this/DT@DATE march/NN@DATE in/IN March/NNP@DATE ./.")
        .timex("this march", "DATE", "2019-03")
        .timex("March", "DATE", "2019-03")
        .build();
    assertEquals(List.of("March/DATE=2019-03"), dates(a));
  }

  @Test
  void aShareOfSomethingIsAFractionNotATime() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("The/DT island/NN imports/VBZ=import about/RB@DURATION three-quarters/NNS=three-quarter@DURATION of/IN"
            + " its/PRP$ food/NN and/CC a/DT@DURATION quarter/NN@DURATION of/IN the/DT fuel/NN ./.")
        .timex("about three-quarters", "DURATION", "P9M")
        .timex("a quarter", "DURATION", "P3M")
        .sentence("It/PRP has/VBZ=have had/VBN=have several/JJ@DURATION quarters/NNS=quarter@DURATION of/IN losses/NNS=loss"
            + " over/IN a/DT@DURATION quarter/NN@DURATION of/IN a/DT@DURATION century/NN@DURATION ./.")
        .timex("several quarters", "DURATION", "PXQ")
        .timex("a quarter", "DURATION", "P3M")
        .build();
    assertEquals(List.of("several quarters/DURATION=PXQ", "a quarter/DURATION=P1Q"), dates(a));
  }

  @Test
  void aLengthAndAHalfIsOneDurationInTheNextSmallerUnit() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("He/PRP spent/VBD=spend 2/CD 1/2/CD years/NNS=year@DURATION abroad/RB and/CC 5/CD 1/2/CD hours/NNS=hour@DURATION"
            + " in/IN transit/NN ./.")
        .timex("years", "DURATION", "PXY")
        .timex("hours", "DURATION", "PTXH")
        .sentence("A/DT@DURATION minute/NN@DURATION and/CC a/DT@DATE half/NN@DATE later/RB@DATE ,/, it/PRP rang/VBD=ring"
            + " for/IN 3/CD 1/2/CD weeks/NNS=week@DURATION ./.")
        .timex("A minute", "DURATION", "PT1M")
        .timex("a half later", "DATE", "")
        .timex("weeks", "DURATION", "PXW")
        .sentence("Talks/NNS=talk need/VBP=need two/CD more/JJR weeks/NNS=week@DURATION or/CC 20/CD more/JJR"
            + " years/NNS=year@DURATION ./.")
        .timex("weeks", "DURATION", "PXW")
        .timex("years", "DURATION", "PXY")
        .build();
    assertEquals(List.of("2 1/2 years/DURATION=P2Y6M", "5 1/2 hours/DURATION=PT5H30M", "A minute and a half/DURATION=PT1M30S",
        "weeks/DURATION=PXW", "two more weeks/DURATION=P2W", "20 more years/DURATION=P20Y"), dates(a));
  }

  @Test
  void aDateLeftWithoutAValueTakesTheYearItWritesOrItsTrailingYearPhrase() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Sales/NNS=sale beat/VBD=beat fiscal/JJ@DATE 2018/CD@DATE ,/, its/PRP$ second/JJ@DATE this/DT@DATE"
            + " year/NN@DATE ./.")
        .timex("fiscal 2018", "DATE", "")
        .timex("second this year", "DATE", "")
        .build();
    assertEquals(List.of("fiscal 2018/DATE=2018", "this year/DATE=2019"), dates(a));
  }

  @Test
  void aTimeWordOfAQuotedTitleIsPartOfTheName() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("She/PRP told/VBD=tell the/DT show/NN ``/`` This/DT@DATE Week/NN@DATE ''/'' that/IN she/PRP would/MD"
            + " watch/VB=watch ``/`` High/JJ Noon/NN@TIME ''/'' this/DT@DATE week/NN@DATE ./.")
        .timex("This Week", "DATE", "2019-W46")
        .timex("Noon", "TIME", "2019-11-14T12:00")
        .timex("this week", "DATE", "2019-W46")
        .sentence("He/PRP called/VBD=call it/PRP ``/`` March/NNP@DATE 2018/CD@DATE ''/'' ,/, and/CC said/VBD=say ``/``"
            + " Today/NN@DATE we/PRP begin/VBP=begin ''/'' ./.")
        .timex("March 2018", "DATE", "2018-03")
        .timex("Today", "DATE", "2019-11-14")
        .build();
    assertEquals(List.of("this week/DATE=2019-W46", "March 2018/DATE=2018-03", "Today/DATE=2019-11-14"), dates(a));
  }

  @Test
  void nowOpeningASentenceAsAConnectiveIsNoTimeExpression() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Now/RB@DATE ,/, he/PRP says/VBZ=say ,/, the/DT plan/NN looks/VBZ=look weak/JJ ./.")
        .timex("Now", "DATE", "PRESENT_REF")
        .sentence("``/`` Now/RB@DATE ,/, we/PRP wait/VBP=wait ./.")
        .timex("Now", "DATE", "PRESENT_REF")
        .sentence("Now/RB@DATE the/DT plan/NN looks/VBZ=look weak/JJ ./.")
        .timex("Now", "DATE", "PRESENT_REF")
        .sentence("For/IN now/RB@DATE ,/, the/DT plan/NN stands/VBZ=stand ./.")
        .timex("now", "DATE", "PRESENT_REF")
        .build();
    assertEquals(List.of("Now/DATE=PRESENT_REF", "now/DATE=PRESENT_REF"), dates(a));
  }

  @Test
  void theNightOfANamedDayIsThatDayAndLastNightKeepsItsPartOfDay() {
    // 2019-03-14 is a Thursday
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Protesters/NNS marched/VBD=march on/IN Tuesday/NNP@DATE night/NN@DATE ./.")
        .timex("Tuesday night", "TIME", "2019-03-12TNI")
        .sentence("The/DT fire/NN started/VBD=start on/IN the/DT@TIME night/NN@TIME of/IN@TIME March/NNP@TIME 2/CD@TIME ./.")
        .timex("the night of March 2", "TIME", "2019-03-02TNI")
        .sentence("The/DT fire/NN started/VBD=start last/JJ@TIME night/NN@TIME ./.")
        .timex("last night", "TIME", "2019-03-13TNI")
        .sentence("Protesters/NNS marched/VBD=march on/IN Tuesday/NNP@DATE morning/NN@DATE ./.")
        .timex("Tuesday morning", "TIME", "2019-03-12TMO")
        .build();
    assertEquals(List.of("Tuesday night/DATE=2019-03-12", "the night of March 2/DATE=2019-03-02",
        "last night/TIME=2019-03-13TNI", "Tuesday morning/DATE=2019-03-12TMO"), dates(a));
  }

  @Test
  void aPartOfTheDayModifyingANounIsNotAnnotated() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("She/PRP spoke/VBD=speak on/IN a/DT morning/NN@TIME talk/NN show/NN ./.")
        .timex("morning", "TIME", "2019-03-14TMO")
        .sentence("She/PRP spoke/VBD=speak in/IN the/DT@TIME morning/NN@TIME ./.")
        .timex("the morning", "TIME", "2019-03-14TMO")
        .build();
    assertEquals(List.of("the morning/TIME=2019-03-14TMO"), dates(a));
  }

  @Test
  void midnightWithANamedDayIsTheEndOfThatDayAndABareMidnightIsLeftAsTagged() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT offer/NN expired/VBD=expire at/IN midnight/NN@TIME Tuesday/NNP@TIME ./.",
            "root(ROOT-0, expired-3)", "nsubj(expired-3, offer-2)", "det(offer-2, The-1)",
            "obl(expired-3, midnight-5)", "case(midnight-5, at-4)", "obl:tmod(expired-3, Tuesday-6)")
        .timex("midnight Tuesday", "TIME", "2019-03-12T00:00")
        .build();
    AnnotatedArticle b = Docs.article("2019-03-14")
        .sentence("The/DT party/NN ended/VBD=end at/IN midnight/NN@TIME ./.")
        .timex("midnight", "TIME", "2019-03-14T00:00")
        .build();
    assertEquals(List.of("midnight Tuesday/TIME=2019-03-12T24"), dates(a));
    assertEquals(List.of("midnight/TIME=2019-03-14T00:00"), dates(b));
  }

  @Test
  void aRecurringPartOfTheDayIsThatPartOfAnUnspecifiedDay() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP Ruiz/NNP swims/VBZ=swim every/DT@SET morning/NN@SET ./.")
        .timex("every morning", "SET", "TMO")
        .build();
    assertEquals(List.of("every morning/SET=XXXX-XX-XXTMO"), dates(a));
  }
}
