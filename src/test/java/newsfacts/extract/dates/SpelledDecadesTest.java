package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** "the nineties" is the latest such decade; an age or a temperature is none. Invented sentences. */
class SpelledDecadesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void theDecadeIsTheLatestOneBegunByThePublicationYear() {
    // in 2019 "the twenties" have not begun: the 1920s
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Prices/NNS=price rose/VBD=rise in/IN the/DT nineties/NNS and/CC the/DT twenties/NNS ./.")
        .build();
    assertEquals(List.of("the nineties/DATE=199", "the twenties/DATE=192"), dates(a));
  }

  @Test
  void anAgeOrATemperatureIsNoDecade() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Both/DT are/VBP=be in/IN their/PRP$ nineties/NNS ./.")
        .sentence("The/DT temperature/NN stayed/VBD=stay in/IN the/DT nineties/NNS ./.")
        .build();
    assertEquals(List.of(), dates(a));
  }
  @Test
  void aDecadeTheTaggerFindsAfterAPossessiveIsAnAge() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Walkers/NNS in/IN their/PRP$ seventies/NNS@SET gained/VBD=gain most/JJS ./.")
        .timex("seventies", "SET", "XX7X")
        .sentence("Prices/NNS=price fell/VBD=fall in/IN the/DT 1950s/CD@DATE ./.")
        .timex("1950s", "DATE", "195X")
        .build();
    assertEquals(List.of("1950s/DATE=195"), dates(a));
  }
}
