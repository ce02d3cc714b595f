package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Speakers through the quotes step when the annotator gave coreference chains (invented sentences). */
class CorefSpeakersTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());
  private static final String VISIT = "Tom/NNP@PERSON Hale/NNP@PERSON visited/VBD=visit Ivan/NNP@PERSON"
      + " Petrov/NNP@PERSON ./.";
  private static final String HE_SAID = "He/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.";

  private static List<String> speakers(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " -> " + q.speaker()).toList();
  }

  @Test
  void aPronounTakesTheNameItsChainStandsFor() {
    AnnotatedArticle a = Docs.article("2019-03-14").sentence(VISIT).sentence(HE_SAID)
        .chain("Tom Hale", "He").build();
    assertEquals(List.of("He -> Tom Hale"), speakers(a));
  }

  @Test
  void withoutChainsTheRulesDecide() {
    AnnotatedArticle a = Docs.article("2019-03-14").sentence(VISIT).sentence(HE_SAID).build();
    assertEquals(List.of("He -> Ivan Petrov"), speakers(a));
  }

  @Test
  void aChainWithNoNameLeavesItToTheRules() {
    AnnotatedArticle a = Docs.article("2019-03-14").sentence(VISIT).sentence(HE_SAID)
        .chain("He", "the bridge").build();
    assertEquals(List.of("He -> Ivan Petrov"), speakers(a));
  }

  @Test
  void aNominalTakesTheNameOfItsChainsFirstNamedMention() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT lawyer/NN@TITLE ,/, met/VBD=meet Tom/NNP@PERSON"
            + " Hale/NNP@PERSON ./.")
        .sentence("The/DT lawyer/NN said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .chain("Ana Ruiz", "a lawyer", "The lawyer").build();
    assertEquals(List.of("lawyer -> Ana Ruiz"), speakers(a));
  }

  @Test
  void aNameThatOnlyModifiesThePhraseIsNotTheSpeaker() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON 's/POS campaign/NN opened/VBD=open an/DT office/NN ./.")
        .sentence("It/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .chain("Tom Hale's campaign", "It").build();
    assertEquals(speakers(Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON 's/POS campaign/NN opened/VBD=open an/DT office/NN ./.")
        .sentence("It/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.").build()), speakers(a));
  }

  @Test
  void aChainWhoseNameDisagreesInGenderLeavesItToTheRules() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Maria/NNP@PERSON Lopez/NNP@PERSON met/VBD=meet Tom/NNP@PERSON Hale/NNP@PERSON ./.")
        .sentence("She/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .chain("Tom Hale", "She").build();
    assertEquals(List.of("She -> Maria Lopez"), speakers(a));
  }

  @Test
  void theyIsNeverOnePersonOfItsChain() {
    AnnotatedArticle a = Docs.article("2019-03-14").sentence(VISIT)
        .sentence("They/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .chain("Ivan Petrov", "They").build();
    assertEquals(List.of("They -> They"), speakers(a));
  }

  @Test
  void aPersonPronounIsNeverTheOrganisationOfItsChain() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Maria/NNP@PERSON Lopez/NNP@PERSON joined/VBD=join Acme/NNP@ORGANIZATION Corp/NNP@ORGANIZATION ./.")
        .sentence("She/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .chain("Acme Corp", "She").build();
    assertEquals(List.of("She -> Maria Lopez"), speakers(a));
  }
}
