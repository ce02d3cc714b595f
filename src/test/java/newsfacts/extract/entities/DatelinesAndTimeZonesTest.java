package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A wire dateline run into the first name of the story, time-zone and currency abbreviations and demonyms the
 * tagger mistook, on invented sentences.
 */
class DatelinesAndTimeZonesTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  private static List<String> typed(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities().stream().map(e -> e.text() + "/" + e.type()).toList();
  }

  @Test
  void aNameRunAcrossTheClosingBracketAndDashOfADatelineIsTwoNames() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("KELL/NNP@CITY (/-LRB- Harbour/NNP@ORGANIZATION Wire/NNP@ORGANIZATION )/-RRB-@ORGANIZATION"
            + " -/:@ORGANIZATION Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION reported/VBD=report a/DT loss/NN ./.")
        .build();
    assertEquals(List.of("KELL/LOCATION", "Harbour Wire/ORGANIZATION", "Tidewater Bank/ORGANIZATION"), typed(a));
  }

  @Test
  void aBracketOpenedInsideOrBeforeTheNameIsNoDateline() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION (/-LRB-@ORGANIZATION East/NNP@ORGANIZATION"
            + " )/-RRB-@ORGANIZATION agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("Tidewater Bank (East)/ORGANIZATION"), typed(a));
    AnnotatedArticle edited = Docs.article("2021-05-05")
        .sentence("Yesterday/NN (/-LRB- Mayor/NNP@TITLE Ana/NNP@PERSON )/-RRB-@PERSON Ruiz/NNP@PERSON agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("Ana) Ruiz/PERSON"), typed(edited));
  }

  @Test
  void aTimeZoneIsNoEntity() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Shares/NNS fell/VBD=fall by/IN 0915/CD GMT/NNP@MISC in/IN Kell/NNP@CITY ./.")
        .build();
    assertEquals(List.of("Kell/LOCATION"), typed(a));
  }

  @Test
  void aCurrencyAbbreviationIsNoEntity() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION will/MD invest/VB Rs/NNP@MISC 400/CD crore/NN"
            + " in/IN Kell/NNP@CITY ./.")
        .build();
    assertEquals(List.of("Tidewater Bank/ORGANIZATION", "Kell/LOCATION"), typed(a));
  }

  @Test
  void aDemonymOfACountryTheArticleNamesIsANationalityWhateverTheTaggerSaid() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Freedonian/NNP@ORGANIZATION officials/NNS visited/VBD=visit Freedonia/NNP@COUNTRY ./.")
        .sentence("The/DT Freedonians/NNPS@PERSON and/CC Bo/NNP@PERSON agreed/VBD=agree ./.")
        .sentence("Francis/NNP@PERSON stayed/VBD=stay in/IN France/NNP@COUNTRY ./.")
        .build();
    assertEquals(List.of("Freedonian/NATIONALITY", "Freedonia/LOCATION", "Freedonians/NATIONALITY", "Bo/PERSON",
        "Francis/PERSON", "France/LOCATION"), typed(a));
  }
}
