package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Which year a month takes: a year spelled out, "last" and a month just gone, the future perfect; invented sentences. */
class YearlessYearsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void aYearSpelledOutIsWrittenNotGuessed() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("January/NNP@DATE twenty/CD@DATE eighteen/CD@DATE ./.")
        .timex("January twenty eighteen", "DATE", "2018-01")
        .sentence("The/DT fair/NN opened/VBD=open January/NNP@DATE nineteen/CD@DATE ./.")
        .timex("January nineteen", "DATE", "2019-01-19")
        .build();
    assertEquals(List.of("January twenty eighteen=2018-01", "January nineteen=2019-01-19"), dates(a));
  }

  @Test
  void lastWithThePublicationMonthOrTheOneBeforeIsAYearBack() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT bridge/NN closed/VBD=close last/JJ@DATE February/NNP@DATE ./.")
        .timex("last February", "DATE", "2019-02")
        .sentence("The/DT bridge/NN closed/VBD=close last/JJ@DATE March/NNP@DATE ./.")
        .timex("last March", "DATE", "2019-03")
        .sentence("The/DT bridge/NN closed/VBD=close last/JJ@DATE January/NNP@DATE ./.")
        .timex("last January", "DATE", "2019-01")
        .sentence("The/DT bridge/NN closed/VBD=close in/IN February/NNP@DATE ./.")
        .timex("February", "DATE", "2019-02")
        .build();
    assertEquals(List.of("last February=2018-02", "last March=2018-03", "last January=2019-01", "February=2019-02"), dates(a));
  }

  @Test
  void theFuturePerfectLooksAheadAndAPastPerfectBack() {
    // 2019-03-14 is a Thursday
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT plan/NN will/MD have/VB=have failed/VBN=fail by/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, failed-5)", "nsubj(failed-5, plan-2)", "aux(failed-5, will-3)", "aux(failed-5, have-4)",
            "obl(failed-5, Monday-7)", "case(Monday-7, by-6)")
        .timex("Monday", "DATE", "2019-03-11")
        .sentence("The/DT plan/NN may/MD have/VB=have failed/VBN=fail on/IN Monday/NNP@DATE ./.",
            "root(ROOT-0, failed-5)", "nsubj(failed-5, plan-2)", "aux(failed-5, may-3)", "aux(failed-5, have-4)",
            "obl(failed-5, Monday-7)", "case(Monday-7, on-6)")
        .timex("Monday", "DATE", "2019-03-11")
        .build();
    assertEquals(List.of("Monday=2019-03-18", "Monday=2019-03-11"), dates(a));
  }
  @Test
  void afterSinceAMonthOrSeasonIsTheLatestOneBegunByThePublicationDate() {
    AnnotatedArticle a = Docs.article("2031-11-25")
        .sentence("The/DT rate/NN has/VBZ=have held/VBN=hold since/IN March/NNP@DATE ./.")
        .timex("March", "DATE", "2032-03")
        .build();
    AnnotatedArticle b = Docs.article("2031-02-20")
        .sentence("Quelland/NNP has/VBZ=have waited/VBN=wait since/IN the/DT spring/NN@DATE ./.")
        .timex("spring", "DATE", "2031-SP")
        .build();
    assertEquals(List.of("March=2031-03"), dates(a));
    assertEquals(List.of("the spring=2030-SP"), dates(b));
  }
}
