package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Outlets closing a byline, title words run into an organisation, and an acronym's canonical name, on invented sentences. */
class CreditNamesTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  private static List<String> typed(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities().stream().map(e -> e.text() + "/" + e.type() + "/" + e.canonical()).toList();
  }

  @Test
  void theWordsClosingABylineAreTheOutletUnlessTheyNameARole() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("By/IN ANA/NNP@PERSON RUIZ/NNP@PERSON Harbour/NNP Wire/NNP")
        .paragraph()
        .sentence("By/IN Staff/NNP Reporter/NNP ,/, Kell/NNP@PERSON Today/NNP@PERSON")
        .paragraph()
        .sentence("By/IN BO/NNP@PERSON LUND/NNP@PERSON ,/, Staff/NNP Writer/NNP")
        .build();
    assertEquals(List.of("ANA RUIZ/PERSON/ANA RUIZ", "Harbour Wire/ORGANIZATION/Harbour Wire", "Kell Today/ORGANIZATION/Kell Today",
        "BO LUND/PERSON/BO LUND"), typed(a));
  }

  @Test
  void aTitleRunIntoAnOrganisationBeforeAPersonLeavesIt() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Foreign/NNP@ORGANIZATION Ministry/NNP@ORGANIZATION Spokesperson/NNP@ORGANIZATION Ana/NNP@PERSON"
            + " Ruiz/NNP@PERSON spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of("Foreign Ministry/ORGANIZATION/Foreign Ministry", "Ana Ruiz/PERSON/Ana Ruiz"), typed(a));
  }

  @Test
  void anAcronymStandsForTheNameItSpellsNotForABodyNamedAfterIt() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT NGC/NNP@ORGANIZATION Council/NNP@ORGANIZATION of/IN@ORGANIZATION Agriculture/NNP@ORGANIZATION"
            + " Ministers/NNPS@ORGANIZATION met/VBD=meet ./.")
        .sentence("The/DT Northern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION Council/NNP@ORGANIZATION and/CC the/DT"
            + " NGC/NNP@ORGANIZATION agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("NGC Council of Agriculture Ministers/ORGANIZATION/NGC Council of Agriculture Ministers",
        "Northern Grain Council/ORGANIZATION/Northern Grain Council",
        "NGC/ORGANIZATION/Northern Grain Council"), typed(a));
  }
}
