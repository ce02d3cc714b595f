package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A month name heading an event's name ("the annual March for ..."), on invented sentences. */
class MonthNounsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void monthNounHeadingANameIsNoDate() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP Ruiz/NNP spoke/VBD=speak at/IN the/DT@SET annual/JJ@SET March/NNP@SET for/IN Clean/NNP Rivers/NNPS ./.")
        .timex("the annual March", "SET", "XXXX-03")
        .sentence("She/PRP led/VBD=lead the/DT ``/`` March/NNP@DATE of/IN the/DT Weavers/NNPS ''/'' in/IN Harbourton/NNP ./.")
        .timex("March", "DATE", "2019-03")
        .build();
    assertEquals(List.of(), dates(a));
  }

  @Test
  void seasonNounHeadingANameIsNoDateButASeasonInItsYearStays() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("They/PRP held/VBD=hold ``/`` Summer/NNP@DATE of/IN Hope/NNP ''/'' rallies/NNS=rally ./.")
        .timex("Summer", "DATE", "2019-SU")
        .sentence("They/PRP met/VBD=meet in/IN the/DT@DATE Summer/NNP@DATE of/IN@DATE 2017/CD@DATE ./.")
        .timex("the Summer of 2017", "DATE", "2017-SU")
        .build();
    assertEquals(List.of("the Summer of 2017/DATE=2017-SU"), dates(a));
  }

  @Test
  void yearBeforeTheNameStays() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Her/PRP$ father/NN joined/VBD=join the/DT 1950/CD@DATE March/NNP@DATE on/IN Harbourton/NNP ./.")
        .timex("1950 March", "DATE", "1950-03")
        .build();
    assertEquals(List.of("1950/DATE=1950"), dates(a));
  }

  @Test
  void monthAfterAPrepositionOrBeforeAYearStays() {
    AnnotatedArticle a = Docs.article("2019-10-14")
        .sentence("Ana/NNP Ruiz/NNP left/VBD=leave the/DT board/NN in/IN March/NNP@DATE for/IN health/NN reasons/NNS=reason ./.")
        .timex("March", "DATE", "2019-03")
        .sentence("Sales/NNS=sale fell/VBD=fall in/IN the/DT@DATE March/NNP@DATE of/IN 2018/CD@DATE ./.")
        .timex("the March of 2018", "DATE", "2018-03")
        .sentence("Ana/NNP Ruiz/NNP spoke/VBD=speak last/JJ@DATE May/NNP@DATE on/IN Harbourton/NNP Radio/NNP ./.")
        .timex("last May", "DATE", "2019-05")
        .sentence("Mills/NNS=mill closed/VBD=close in/IN early/JJ@DATE June/NNP@DATE of/IN a/DT dry/JJ spell/NN ./.")
        .timex("early June", "DATE", "2019-06")
        .build();
    assertEquals(List.of("March/DATE=2019-03", "the March of 2018/DATE=2018-03", "last May/DATE=2019-05",
        "early June/DATE=2019-06"), dates(a));
  }
}
