package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Days counted from an event ("the second day of the strike") and days next to a named weekday
 * ("the day before last Tuesday's vote"), on invented sentences. 2019-03-14 is a Thursday.
 */
class OrdinalDaysTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void anOrdinalDayAfterAPresentBeIsThePublicationDay() {
    // the annotator counts "the third day" two days ahead of the publication date
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("It/PRP 's/VBZ=be the/DT@DATE third/JJ@DATE day/NN@DATE of/IN the/DT strike/NN ./.",
            "root(ROOT-0, day-5)", "nsubj(day-5, It-1)", "cop(day-5, 's-2)", "det(day-5, the-3)", "amod(day-5, third-4)",
            "nmod(day-5, strike-8)", "case(strike-8, of-6)", "det(strike-8, the-7)")
        .timex("the third day", "DATE", "2019-03-16")
        .build();
    assertEquals(List.of("the third day=2019-03-14"), dates(a));
  }

  @Test
  void anOrdinalDayElsewhereKeepsNoValue() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT rain/NN spoiled/VBD=spoil the/DT@DATE second/JJ@DATE day/NN@DATE of/IN the/DT fair/NN ./.",
            "root(ROOT-0, spoiled-3)", "nsubj(spoiled-3, rain-2)", "obj(spoiled-3, day-6)", "det(day-6, the-4)",
            "amod(day-6, second-5)", "nmod(day-6, fair-9)", "case(fair-9, of-7)", "det(fair-9, the-8)")
        .timex("the second day", "DATE", "2019-03-15")
        .sentence("Ana/NNP Ruiz/NNP signed/VBD=sign it/PRP on/IN her/PRP$ 12th/JJ@DATE day/NN@DATE in/IN office/NN ./.")
        .timex("12th day", "DATE", "2019-03-25")
        .build();
    assertEquals(List.of("the second day=", "12th day="), dates(a));
  }

  @Test
  void anOrdinalYearMonthOrWeekIsCountedLikeADay() {
    // the annotator reads "its fourth year" as three years ahead, "the second week" as a week ahead
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT blockade/NN ,/, now/RB in/IN its/PRP$@DATE fourth/JJ@DATE year/NN@DATE ,/, goes/VBZ=go on/RP ./.")
        .timex("its fourth year", "DATE", "2022")
        .sentence("It/PRP is/VBZ=be the/DT@DATE second/JJ@DATE week/NN@DATE of/IN the/DT siege/NN ./.",
            "root(ROOT-0, week-5)", "nsubj(week-5, It-1)", "cop(week-5, is-2)", "det(week-5, the-3)", "amod(week-5, second-4)",
            "nmod(week-5, siege-8)", "case(siege-8, of-6)", "det(siege-8, the-7)")
        .timex("the second week", "DATE", "2019-W12")
        .build();
    assertEquals(List.of("its fourth year=", "the second week=2019-W11"), dates(a));
  }

  @Test
  void theDayBeforeLastTuesdayIsTheMondayBeforeTheLatestTuesday() {
    // the annotator reads "last Tuesday" here as the Tuesday of the week before, 2019-03-05
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT@DATE day/NN@DATE before/IN@DATE last/JJ@DATE Tuesday/NNP@DATE 's/POS vote/NN ,/,"
            + " Ana/NNP Ruiz/NNP left/VBD=leave ./.")
        .timex("The day before last Tuesday", "DATE", "2019-03-04")
        .sentence("The/DT@DATE day/NN@DATE after/IN@DATE Monday/NNP@DATE 's/POS vote/NN ,/, she/PRP returned/VBD=return ./.")
        .timex("The day after Monday", "DATE", "2019-03-12")
        .build();
    assertEquals(List.of("The day before last Tuesday=2019-03-11", "The day after Monday=2019-03-12"), dates(a));
  }
}
