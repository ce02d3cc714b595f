package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Tenth round: headlines of the form "Source: claim" whose source the tagger does not mark there. */
class HeadlineColonLinesTest {
  private static final String STORY = "Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak on/IN Monday/NNP@DATE ./.";

  @Test
  void aPollNounAloneBeforeTheColonIsTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Survey/NN :/: Most/JJS Drivers/NNS=driver Want/VBP=want Tolls/NNS=toll")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of("indirect | Most Drivers Want Tolls | Survey | :"), described(a));
  }

  @Test
  void aSurnameTheStoryNamesAsAPersonIsTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ruiz/NNP :/: Bridge/NNP Will/MD Wait/VB=wait")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of("indirect | Bridge Will Wait | Ruiz | :"), described(a));
  }

  @Test
  void aLabelBeforeTheColonIsNoSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Update/NNP :/: Bridge/NNP Will/MD Wait/VB=wait")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of(), described(a));
  }

  @Test
  void aQuotedPhraseOpeningTheClaimMakesItMixed() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON :/: '/`` No/DT Reason/NN '/'' To/TO Close/VB=close"
            + " the/DT Bridge/NNP")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of("mixed | 'No Reason' To Close the Bridge | Ana Ruiz | :"), described(a));
  }
}
