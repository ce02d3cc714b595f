package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** People who share a surname: honorific gender, a title one was introduced with, then who came first. */
class NamesakesTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  /** The canonical name of each person mention, "text -> canonical". */
  private static List<String> linked(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities().stream().map(e -> e.text() + " -> " + e.canonical()).toList();
  }

  @Test
  void aBareSurnameNamesThePersonIntroducedFirstNotTheLatestOne() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("New/NNP bridge/NN opens/VBZ=open")
        .sentence("Ann/NNP@PERSON Hale/NNP@PERSON opened/VBD=open the/DT bridge/NN ./.")
        .sentence("Her/PRP$ husband/NN ,/, Tom/NNP@PERSON Hale/NNP@PERSON ,/, stood/VBD=stand by/IN ./.")
        .sentence("The/DT crowd/NN cheered/VBD=cheer ./.")
        .paragraph()
        .sentence("Hale/NNP@PERSON cut/VBD=cut the/DT ribbon/NN ./.")
        .build();
    assertEquals(List.of("Ann Hale -> Ann Hale", "Tom Hale -> Tom Hale", "Hale -> Ann Hale"), linked(a));
  }

  @Test
  void aNamesakeNamedInTheSameParagraphOrTheSentenceBeforeIsTheOneMeant() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("New/NNP bridge/NN opens/VBZ=open")
        .sentence("Ann/NNP@PERSON Hale/NNP@PERSON opened/VBD=open the/DT bridge/NN ./.")
        .sentence("The/DT crowd/NN cheered/VBD=cheer ./.")
        .paragraph()
        .sentence("Later/RB ,/, Tom/NNP@PERSON Hale/NNP@PERSON arrived/VBD=arrive ./.")
        .sentence("Hale/NNP@PERSON cut/VBD=cut the/DT ribbon/NN ./.")
        .sentence("The/DT crowd/NN cheered/VBD=cheer ./.")
        .sentence("Hale/NNP@PERSON waved/VBD=wave ./.")
        .paragraph()
        .sentence("The/DT crowd/NN left/VBD=leave ./.")
        .sentence("Hale/NNP@PERSON stayed/VBD=stay ./.")
        .sentence("Hale/NNP@PERSON sang/VBD=sing ./.")
        .build();
    // two sentences on, in a new paragraph: the person mentioned most so far (Tom Hale, three times to one)
    assertEquals(List.of("Hale -> Tom Hale", "Hale -> Tom Hale", "Hale -> Tom Hale", "Hale -> Tom Hale"),
        linked(a).subList(2, 6));
  }

  @Test
  void anHonorificPicksTheNamesakeWhoseFirstNameAgrees() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Ann/NNP@PERSON Hale/NNP@PERSON and/CC Tom/NNP@PERSON Hale/NNP@PERSON arrived/VBD=arrive ./.")
        .sentence("Mr./NNP Hale/NNP@PERSON waved/VBD=wave and/CC Mrs./NNP Hale/NNP@PERSON smiled/VBD=smile ./.")
        .build();
    assertEquals(List.of("Ann Hale -> Ann Hale", "Tom Hale -> Tom Hale", "Hale -> Tom Hale", "Hale -> Ann Hale"),
        linked(a));
  }

  @Test
  void aTitlePicksTheNamesakeIntroducedWithIt() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Ann/NNP@PERSON Hale/NNP@PERSON met/VBD=meet Governor/NNP@TITLE Paul/NNP@PERSON Hale/NNP@PERSON ./.")
        .sentence("Governor/NNP@TITLE Hale/NNP@PERSON spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of("Ann Hale -> Ann Hale", "Paul Hale -> Paul Hale", "Hale -> Paul Hale"), linked(a));
  }

  @Test
  void aHeadlinePhraseTakenForANameDoesNotOutrankThePersonOfTheBody() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Harbour/NNP@PERSON Backs/NNP@PERSON Hale/NNP@PERSON")
        .sentence("The/DT harbour/NN board/NN backed/VBD=back Greta/NNP@PERSON Hale/NNP@PERSON and/CC"
            + " Carl/NNP@PERSON Hale/NNP@PERSON ./.")
        .sentence("The/DT crowd/NN cheered/VBD=cheer ./.")
        .paragraph()
        .sentence("Hale/NNP@PERSON thanked/VBD=thank them/PRP ./.")
        .build();
    assertEquals("Hale -> Greta Hale", linked(a).get(3));
  }

  @Test
  void aCommonWordTakenForAFirstNameDoesNotMakeANamesake() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Team/NNP@PERSON Hale/NNP@PERSON said/VBD=say the/DT team/NN backed/VBD=back Carl/NNP@PERSON"
            + " Hale/NNP@PERSON ./.")
        .sentence("Hale/NNP@PERSON thanked/VBD=thank them/PRP ./.")
        .build();
    assertEquals("Hale -> Carl Hale", linked(a).get(2));
  }

  @Test
  void aTitleInAnAppositionAfterTheNameCountsAsTheTitleItWasIntroducedWith() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT president/NN ,/, opened/VBD=open the/DT bridge/NN ./.")
        .sentence("Marco/NNP@PERSON Ruiz/NNP@PERSON watched/VBD=watch ./.")
        .sentence("President/NNP@TITLE Ruiz/NNP@PERSON waved/VBD=wave ./.")
        .build();
    assertEquals("Ruiz -> Ana Ruiz", linked(a).get(2));
  }

  @Test
  void aTitleExcludesANamesakeIntroducedWithAnotherTitle() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("The/DT first/JJ lady/NN ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, opened/VBD=open the/DT bridge/NN ./.")
        .sentence("Marco/NNP@PERSON Ruiz/NNP@PERSON watched/VBD=watch ./.")
        .sentence("The/DT crowd/NN cheered/VBD=cheer ./.")
        .paragraph()
        .sentence("Yesterday/NN ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON sang/VBD=sing ./.")
        .sentence("President/NNP@TITLE Ruiz/NNP@PERSON waved/VBD=wave ./.")
        .build();
    // Ana Ruiz was named last and most, but as first lady: the president is the one introduced with no title
    assertEquals("Ruiz -> Marco Ruiz", linked(a).get(3));
  }

  @Test
  void anAbbreviatedTitleAndATitleOfSeveralWordsMatchTheSpelledOutOne() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Secretary/NNP@TITLE of/IN State/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet"
            + " Sen./NNP@TITLE Marco/NNP@PERSON Ruiz/NNP@PERSON ./.")
        .sentence("Senator/NNP@TITLE Ruiz/NNP@PERSON spoke/VBD=speak and/CC Secretary/NNP@TITLE Ruiz/NNP@PERSON"
            + " listened/VBD=listen ./.")
        .build();
    assertEquals(List.of("Ruiz -> Marco Ruiz", "Ruiz -> Ana Ruiz"), linked(a).subList(2, 4));
  }

  @Test
  void anHonorificPrefersTheNamesakeKnownToHaveItsGender() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Tom/NNP@PERSON Ruiz/NNP@PERSON opened/VBD=open the/DT bridge/NN ./.")
        .sentence("Kelto/NNP@PERSON Ruiz/NNP@PERSON watched/VBD=watch ./.")
        .sentence("Mr./NNP Ruiz/NNP@PERSON waved/VBD=wave ./.")
        .build();
    // no name list genders "Kelto", named just before: "Mr." goes to the man the name list knows
    assertEquals("Ruiz -> Tom Ruiz", linked(a).get(2));
  }

  @Test
  void aNounInAnAppositionGivesTheGenderTheFirstNameDoesNot() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Kelto/NNP@PERSON Ruiz/NNP@PERSON ,/, his/PRP$ wife/NN ,/, opened/VBD=open the/DT bridge/NN ./.")
        .sentence("Varno/NNP@PERSON Ruiz/NNP@PERSON watched/VBD=watch ./.")
        .sentence("Mrs./NNP Ruiz/NNP@PERSON waved/VBD=wave ./.")
        .build();
    assertEquals("Ruiz -> Kelto Ruiz", linked(a).get(2));
  }

  @Test
  void anAppositionEndsBeforeAConjunction() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bridge/NNP opens/VBZ=open")
        .sentence("Kelto/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT former/JJ senator/NN and/CC a/DT lawyer/NN ,/, arrived/VBD=arrive ./.")
        .sentence("Varno/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak ./.")
        .sentence("Senator/NNP@TITLE Ruiz/NNP@PERSON waved/VBD=wave ./.")
        .build();
    assertEquals("Ruiz -> Kelto Ruiz", linked(a).get(2));
  }
}
