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
        .build();
    assertEquals(List.of("a week/SET=P1W", "a year/SET=P1Y", "a week/DURATION=P1W"), dates(a));
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
  void aPeriodOfANamedYearIsTheQuarterTheStoryReportsOnInThatYear() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Profit/NN rose/VBD=rise in/IN the/DT@DATE third/JJ@DATE quarter/NN@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .sentence("It/PRP earned/VBD=earn less/JJR in/IN the/DT@DATE 2018/CD@DATE quarter/NN@DATE ./.")
        .timex("the 2018 quarter", "DURATION", "P6054M")
        .build();
    assertEquals(List.of("the third quarter/DATE=2019-Q3", "the 2018 quarter/DATE=2018-Q3"), dates(a));
  }
}
