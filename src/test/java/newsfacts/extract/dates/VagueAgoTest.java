package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A time an unknown number of units back is PAST_REF; a counted one keeps its date. Invented sentences. */
class VagueAgoTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void severalYearsAgoIsAPastReferenceAndTwoYearsAgoAYear() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mill/NN closed/VBD=close several/JJ@DATE years/NNS@DATE ago/RB@DATE ./.")
        .timex("several years ago", "DATE", "2018")
        .sentence("Ana/NNP Ruiz/NNP left/VBD=leave a/DT@DATE few/JJ@DATE weeks/NNS@DATE ago/RB@DATE ./.")
        .timex("a few weeks ago", "DATE", "2019-02-21")
        .sentence("It/PRP began/VBD=begin months/NNS@DATE ago/RB@DATE ./.")
        .timex("months ago", "DATE", "2019-02")
        .sentence("It/PRP opened/VBD=open two/CD@DATE years/NNS@DATE ago/RB@DATE ./.")
        .timex("two years ago", "DATE", "2017")
        .build();
    assertEquals(List.of("several years ago/DATE=PAST_REF", "a few weeks ago/DATE=PAST_REF", "months ago/DATE=PAST_REF",
        "two years ago/DATE=2017"), dates(a));
  }

  @Test
  void yearsFromNowIsAFutureReferenceAndAYearFromNowAYear() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Years/NNS@DATE from/IN@DATE now/RB@DATE ,/, the/DT port/NN will/MD be/VB=be gone/VBN=go ./.")
        .timex("Years from now", "DATE", "2020-03-14")
        .sentence("A/DT@DATE year/NN@DATE from/IN@DATE now/RB@DATE ,/, it/PRP will/MD open/VB=open ./.")
        .timex("A year from now", "DATE", "2020-03-14")
        .build();
    assertEquals(List.of("Years from now/DATE=FUTURE_REF", "A year from now/DATE=2020"), dates(a));
  }
}
