package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Words next to an expression that TimeML keeps inside it, on invented sentences.
 */
class NeighbourWordsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void fiscalBeforeAYearIsPartOfIt() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("In/IN fiscal/JJ 2018/CD@DATE ,/, Harbourton/NNP Mills/NNPS earned/VBD=earn $/$ 3/CD million/CD ./.")
        .timex("2018", "DATE", "2018")
        .sentence("In/IN fiscal/JJ@DATE 2017/CD@DATE ,/, it/PRP lost/VBD=lose $/$ 1/CD million/CD ./.")
        .timex("fiscal", "DATE", "")
        .timex("2017", "DATE", "2017")
        .build();
    assertEquals(List.of("fiscal 2018/DATE=2018", "fiscal 2017/DATE=2017"), dates(a));
  }

  @Test
  void aYearBetweenTheAndAPeriodNounIsTheStorysQuarterThatYear() {
    AnnotatedArticle a = Docs.article("2019-11-14")
        .sentence("Harbourton/NNP Mills/NNPS earned/VBD=earn $/$ 3/CD million/CD in/IN the/DT@DATE third/JJ@DATE"
            + " quarter/NN@DATE ./.")
        .timex("the third quarter", "DATE", "2019-Q3")
        .sentence("In/IN the/DT 2018/CD@DATE period/NN ,/, it/PRP earned/VBD=earn $/$ 2/CD million/CD ./.")
        .timex("2018", "DATE", "2018")
        .build();
    assertEquals(List.of("the third quarter/DATE=2019-Q3", "the 2018 period/DATE=2018-Q3"), dates(a));
  }

  @Test
  void dayAfterAHolidayIsPartOfItsName() {
    AnnotatedArticle a = Docs.article("2019-12-04")
        .sentence("The/DT store/NN in/IN Harbourton/NNP closed/VBD=close on/IN Thanksgiving/NNP@DATE Day/NNP ,/,"
            + " and/CC Ana/NNP Ruiz/NNP left/VBD=leave on/IN May/NNP@DATE Day/NNP ./.")
        .timex("Thanksgiving", "DATE", "2019-11-28")
        .timex("May", "DATE", "2019-05")
        .sentence("Ana/NNP Ruiz/NNP came/VBD=come home/RB on/IN Thanksgiving/NNP@DATE Day/NNP@DATE ./.")
        .timex("Thanksgiving", "DATE", "2019-11-28")
        .timex("Day", "DATE", "")
        .build();
    assertEquals(List.of("Thanksgiving Day/DATE=2019-11-28", "May/DATE=2019-05", "Thanksgiving Day/DATE=2019-11-28"), dates(a));
  }
}
