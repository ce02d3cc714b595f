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
}
