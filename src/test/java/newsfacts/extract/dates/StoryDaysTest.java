package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * The day the story tells, reached from words that do not name it: a day the sentence judges ("it
 * was a great day") and "a year earlier" after a day written without its year. 2019-03-14 is a
 * Thursday.
 */
class StoryDaysTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aJudgedDaySaidOfTheStoryIsTheStorysDay() {
    // the annotator reads the judged "day" as a length of time, P1D
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT port/NN of/IN Quelland/NNP reopened/VBD=reopen on/IN March/NNP@DATE 12/CD@DATE ./.")
        .timex("March 12", "DATE", "2019-03-12")
        .sentence("Vesnia/NNP Orhal/NNP said/VBD=say it/PRP was/VBD=be a/DT great/JJ day/NN@DURATION for/IN the/DT harbour/NN ./.",
            "root(ROOT-0, said-3)", "nsubj(said-3, Orhal-2)", "ccomp(said-3, day-8)", "nsubj(day-8, it-4)",
            "cop(day-8, was-5)", "det(day-8, a-6)", "amod(day-8, great-7)", "nmod(day-8, harbour-11)")
        .timex("day", "DURATION", "P1D")
        .build();
    assertEquals(List.of("March 12/DATE=2019-03-12", "day/DATE=2019-03-12"), dates(a));
  }

  @Test
  void aJudgedDayWithADateOrAFutureSubjectStaysAsItCame() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tuesday/NNP@DATE was/VBD=be a/DT good/JJ day/NN@DURATION for/IN Quelland/NNP ./.",
            "root(ROOT-0, day-5)", "nsubj(day-5, Tuesday-1)", "cop(day-5, was-2)", "det(day-5, a-3)", "amod(day-5, good-4)",
            "nmod(day-5, Quelland-7)")
        .timex("Tuesday", "DATE", "2019-03-12")
        .timex("day", "DURATION", "P1D")
        .sentence("That/DT will/MD be/VB a/DT hard/JJ day/NN@DURATION ./.",
            "root(ROOT-0, day-6)", "nsubj(day-6, That-1)", "aux(day-6, will-2)", "cop(day-6, be-3)", "det(day-6, a-4)",
            "amod(day-6, hard-5)")
        .timex("day", "DURATION", "P1D")
        .build();
    assertEquals(List.of("Tuesday/DATE=2019-03-12", "day/DURATION=P1D", "day/DURATION=P1D"), dates(a));
  }

  @Test
  void aYearEarlierAfterAYearlessDayCountsFromThatDaysYear() {
    // "a year earlier" with no value of its own was the year before the last year written, 2011
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN opened/VBD=open in/IN 2012/CD@DATE ./.")
        .timex("2012", "DATE", "2012")
        .sentence("For/IN the/DT six/CD months/NNS ended/VBD=end Feb./NNP@DATE 9/CD@DATE ,/, it/PRP earned/VBD=earn"
            + " $/$ 5/CD million/CD ,/, against/IN $/$ 7/CD million/CD a/DT@DATE year/NN@DATE earlier/RBR@DATE ./.")
        .timex("Feb. 9", "DATE", "2019-02-09")
        .timex("a year earlier", "DATE", "")
        .build();
    assertEquals(List.of("2012/DATE=2012", "Feb. 9/DATE=2019-02-09", "a year earlier/DATE=2018"), dates(a));
  }

  @Test
  void yearsLaterCountFromTheYearTheStoryIsIn() {
    AnnotatedArticle a = Docs.article("2031-03-04")
        .sentence("In/IN 2019/CD@DATE she/PRP opened/VBD=open a/DT shop/NN ./.")
        .timex("2019", "DATE", "2019")
        .sentence("Three/CD@DATE years/NNS@DATE later/RB@DATE she/PRP sold/VBD=sell it/PRP ./.")
        .timex("Three years later", "DATE", "2034-03-04")
        .build();
    assertEquals(List.of("2019/DATE=2019", "Three years later/DATE=2022"), dates(a));
  }
}
