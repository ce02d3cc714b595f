package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Expressions the annotator joined and left without a value, read part by part, on invented
 * sentences. 2019-03-14, the articles' date, is a Thursday.
 */
class ValuelessPartsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aDurationAndTheDayItFellOnAreTwoExpressions() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP Ruiz/NNP testified/VBD=testify for/IN more/JJR@DURATION than/IN@DURATION four/CD@DURATION"
            + " hours/NNS=hour@DURATION Friday/NNP@DURATION ./.")
        .timex("more than four hours Friday", "DURATION", "")
        .build();
    assertEquals(List.of("more than four hours/DURATION=PT4H", "Friday/DATE=2019-03-08"), dates(a));
  }

  @Test
  void aDateKeepsItsValueWithoutTheAppositionJoinedToIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT ferry/NN was/VBD=be last/RB seen/VBN=see Feb./NNP@DATE 2/CD@DATE ,/,@DATE the/DT@DATE"
            + " day/NN@DATE before/IN@DATE the/DT storm/NN ./.")
        .timex("Feb. 2, the day before", "DATE", "")
        .build();
    assertEquals(List.of("Feb. 2/DATE=2019-02-02"), dates(a));
  }

  @Test
  void aRangeOfCountsIsTwoDurationsAsARangeOfDaysIsTwoDates() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Repairs/NNS=repair at/IN Harbourton/NNP take/VBP=take two/CD@DURATION to/TO@DURATION six/CD@DURATION"
            + " weeks/NNS=week@DURATION ./.")
        .timex("two to six weeks", "DURATION", "")
        .build();
    assertEquals(List.of("two/DURATION=P2W", "six weeks/DURATION=P6W"), dates(a));
  }

  @Test
  void aRangeWordBeforeTheCountStaysOutside() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT plant/NN in/IN Harbourton/NNP closed/VBD=close for/IN up/RB to/TO@DURATION 18/CD@DURATION"
            + " hours/NNS=hour@DURATION Monday/NNP@DURATION ./.")
        .timex("to 18 hours Monday", "DURATION", "")
        .build();
    assertEquals(List.of("18 hours/DURATION=PT18H", "Monday/DATE=2019-03-11"), dates(a));
  }

  @Test
  void aCountAloneIsLeftToTheStepsThatReadIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP Ruiz/NNP had/VBD=have left/VBN=leave Harbourton/NNP two/CD@DATE years/NNS=year@DATE"
            + " earlier/RBR@DATE ./.")
        .timex("two years earlier", "DATE", "")
        .build();
    assertEquals(List.of("two years earlier"), dates(a).stream().map(d -> d.substring(0, d.indexOf('/'))).toList());
  }

  @Test
  void aWeekdayWithinAMonthIsNotAPartOfItsOwn() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT board/NN of/IN Harbourton/NNP met/VBD=meet on/IN the/DT@DATE last/JJ@DATE Friday/NNP@DATE"
            + " in/IN@DATE August/NNP@DATE ./.")
        .timex("the last Friday in August", "DATE", "")
        .build();
    assertEquals(List.of("the last Friday in August"), dates(a).stream().map(d -> d.substring(0, d.indexOf('/'))).toList());
  }

  @Test
  void theWeekOfADayIsItsCalendarWeek() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("A/DT hearing/NN is/VBZ=be set/VBN=set for/IN the/DT@DATE week/NN@DATE of/IN@DATE April/NNP@DATE"
            + " 8/CD@DATE ./.")
        .timex("the week of April 8", "DATE", "")
        .build();
    assertEquals(List.of("the week of April 8/DATE=2019-W15"), dates(a));
  }

  @Test
  void anExpressionWithAValueOrAWrittenYearIsLeftWhole() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Sales/NNS=sale rose/VBD=rise in/IN the/DT@DATE two/CD@DATE weeks/NNS=week@DATE of/IN@DATE"
            + " May/NNP@DATE 2017/CD@DATE ./.")
        .timex("the two weeks of May 2017", "DATE", "")
        .build();
    assertEquals(List.of("the two weeks of May 2017/DATE=2017"), dates(a));
  }
}
