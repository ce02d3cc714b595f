package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** The story's time: "the following weekend" after the day it tells of; "since 2010" moves it not. Invented sentences. */
class StoryAnchorsTest {
  @Test
  void theFollowingWeekendAfterAWeekdayClosesThatWeek() {
    AnnotatedArticle a = Docs.article("2031-03-09")
        .sentence("The/DT fair/NN opens/VBZ=open on/IN Wednesday/NNP@DATE ,/, March/NNP@DATE 12/CD@DATE ,/, and/CC the/DT"
            + " band/NN plays/VBZ=play the/DT@DATE following/JJ@DATE weekend/NN@DATE ./.")
        .timex("Wednesday, March 12", "DATE", "2031-03-12")
        .timex("the following weekend", "DATE", "2031-W10-WE")
        .build();
    assertEquals(List.of("Wednesday, March 12/DATE=2031-03-12", "the following weekend/DATE=2031-W11-WE"), DatedRows.typed(a));
  }

  @Test
  void thePreviousWeekendIsTheOneBeforeTheStorysWeek() {
    AnnotatedArticle a = Docs.article("2031-03-20")
        .sentence("Quelland/NNP voted/VBD=vote on/IN March/NNP@DATE 12/CD@DATE ,/, after/IN rallies/NNS=rally the/DT@DATE"
            + " previous/JJ@DATE weekend/NN@DATE ./.")
        .timex("March 12", "DATE", "2031-03-12")
        .timex("the previous weekend", "DATE", "2031-W11-WE")
        .build();
    assertEquals(List.of("March 12/DATE=2031-03-12", "the previous weekend/DATE=2031-W10-WE"), DatedRows.typed(a));
  }
  @Test
  void aYearAfterSinceIsNoTimeTheStoryTellsOf() {
    AnnotatedArticle a = Docs.article("2022-04-10")
        .sentence("Quelland/NNP has/VBZ=have lost/VBN=lose 400/CD jobs/NNS=job since/IN 2010/CD@DATE ./.")
        .timex("2010", "DATE", "2010")
        .sentence("Orders/NNS=order fell/VBD=fall to/TO 90/CD ,/, from/IN 120/CD a/DT@DATE year/NN@DATE earlier/RBR@DATE ./.")
        .timex("a year earlier", "DATE", "")
        .build();
    assertEquals(List.of("2010/DATE=2010", "a year earlier/DATE=2021"), DatedRows.typed(a));
  }
  @Test
  void aNamedMonthBringsTheStoryBackToItsYear() {
    AnnotatedArticle a = Docs.article("2031-05-10")
        .sentence("Quelland/NNP aims/VBZ=aim to/TO build/VB 900/CD homes/NNS=home by/IN 2035/CD@DATE ./.")
        .timex("2035", "DATE", "2035")
        .sentence("Its/PRP$ list/NN held/VBD=hold 90/CD names/NNS=name at/IN the/DT@DATE end/NN@DATE of/IN@DATE March/NNP@DATE ,/,"
            + " up/RB from/IN 80/CD a/DT@DATE year/NN@DATE earlier/RBR@DATE ./.")
        .timex("the end of March", "DATE", "2031-03")
        .timex("a year earlier", "DATE", "")
        .build();
    assertEquals(List.of("2035/DATE=2035", "the end of March/DATE=2031-03", "a year earlier/DATE=2030"), DatedRows.typed(a));
  }
}
