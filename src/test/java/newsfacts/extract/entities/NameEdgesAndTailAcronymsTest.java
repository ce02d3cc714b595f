package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Name edges drawn too wide by the tagger, and acronyms of the last words of a name, on invented sentences. */
class NameEdgesAndTailAcronymsTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  private static List<EntityMention> entities(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities();
  }

  private static List<String> typed(AnnotatedArticle article) {
    return entities(article).stream()
        .map(e -> e.text() + "/" + e.type() + "/" + e.subtype().map(Enum::name).orElse("")).toList();
  }

  @Test
  void aRoyalTitleASalutationAndAFrontedVerbAreNotPartOfAPersonsName() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Crown/NNP@TITLE Prince/NNP@PERSON Tomas/NNP@PERSON wrote/VBD=write :/: Dear/NNP@PERSON Ana/NNP@PERSON ./.")
        .sentence("Said/VBD@PERSON Lund/NNP@PERSON :/: no/UH ./.")
        .build();
    assertEquals(List.of("Tomas/PERSON/", "Ana/PERSON/", "Lund/PERSON/"), typed(a));
  }

  @Test
  void anHonorificWrittenWithoutAFullStopIsNotPartOfAPersonsName() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Mr/NNP@PERSON Vale/NNP@PERSON said/VBD=say Ms/NNP@PERSON Kavya/NNP@PERSON Rao/NNP@PERSON agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("Vale/PERSON/", "Kavya Rao/PERSON/"), typed(a));
  }

  @Test
  void aPostTaggedAsAnOrganisationWithItsHoldersNameInAppositionIsNoOrganisation() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("the/DT Minister/NNP@ORGANIZATION for/IN@ORGANIZATION Trade/NNP@ORGANIZATION ,/, Hon./NNP Ama/NNP@PERSON "
            + "Boateng/NNP@PERSON ,/, said/VBD=say so/RB ./.")
        .sentence("The/DT Ministry/NNP@ORGANIZATION of/IN@ORGANIZATION Trade/NNP@ORGANIZATION ,/, Ama/NNP@PERSON "
            + "Boateng/NNP@PERSON 's/POS employer/NN ,/, agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("Ama Boateng/PERSON/", "Ministry of Trade/ORGANIZATION/", "Ama Boateng/PERSON/"), typed(a));
  }

  @Test
  void aFormalHonorificBeforeAFullNameIsNotPartOfIt() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Madam/NNP@PERSON Esi/NNP@PERSON Tano/NNP@PERSON met/VBD=meet Hon./NNP@PERSON Kofi/NNP@PERSON Arlen/NNP@PERSON ./.")
        .sentence("Honourable/NNP@PERSON Ama/NNP@PERSON Boateng/NNP@PERSON spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of("Esi Tano/PERSON/", "Kofi Arlen/PERSON/", "Ama Boateng/PERSON/"), typed(a));
  }

  @Test
  void anOrganisationRunOnIntoATitleCaseHeadlineIsCutBackToItsNameInTheBody() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Kell/NNP@ORGANIZATION Robotics/NNP@ORGANIZATION Opens/NNP@ORGANIZATION New/NNP@ORGANIZATION"
            + " Plant/NNP@ORGANIZATION")
        .paragraph()
        .sentence("Kell/NNP@ORGANIZATION Robotics/NNP@ORGANIZATION announced/VBD=announce it/PRP ./.")
        .build();
    List<EntityMention> found = entities(a);
    assertEquals(List.of("Kell Robotics/ORGANIZATION/", "Kell Robotics/ORGANIZATION/"), typed(a));
    assertEquals("Kell Robotics", found.get(1).canonical());
  }

  @Test
  void aFullNameInAnOpeningSentenceIsNoHeadlineRunOn() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Kell/NNP@ORGANIZATION Robotics/NNP@ORGANIZATION International/NNP@ORGANIZATION Inc./NNP@ORGANIZATION"
            + " hired/VBD=hire a/DT chief/NN ./.")
        .paragraph()
        .sentence("Kell/NNP@ORGANIZATION Robotics/NNP@ORGANIZATION announced/VBD=announce it/PRP ./.")
        .build();
    assertEquals(List.of("Kell Robotics International Inc./ORGANIZATION/", "Kell Robotics/ORGANIZATION/"), typed(a));
  }

  @Test
  void twoPeopleRunTogetherAcrossADashAreTwoNames() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT officer/NN who/WP stopped/VBD=stop Ruiz/NNP@PERSON -/:@PERSON Bo/NNP@PERSON Lund/NNP@PERSON"
            + " -/: was/VBD=be on/IN leave/NN ./.")
        .build();
    assertEquals(List.of("Ruiz/PERSON/", "Bo Lund/PERSON/"), typed(a));
  }

  @Test
  void aQuotedNicknameAfterAMiddleInitialOrBeforeAnUntaggedSurnameIsPartOfTheName() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Rep./NNP Bo/NNP@PERSON J./NNP \"/`` Bobo/NNP@PERSON \"/'' Lund/NNP@PERSON spoke/VBD=speak ./.")
        .sentence("Del./NNP Eva/NNP@PERSON \"/`` Evie/NNP@PERSON \"/'' Holm/NNP cheered/VBD=cheer ./.")
        .build();
    assertEquals(List.of("Bo J. \"Bobo\" Lund/PERSON/", "Eva \"Evie\" Holm/PERSON/"), typed(a));
  }

  @Test
  void aShorterOrganisationNameEndingOneLongerNameIsThatOrganisation() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT House/NNP@ORGANIZATION Harbour/NNP@ORGANIZATION Committee/NNP@ORGANIZATION met/VBD=meet ./.")
        .sentence("The/DT Harbour/NNP@ORGANIZATION Committee/NNP@ORGANIZATION agreed/VBD=agree ./.")
        .build();
    assertEquals("House Harbour Committee", entities(a).get(1).canonical());
  }

  @Test
  void theArticleIsLeftOutOfAnOrganisationsNameButAOneWordNameKeepsItsOwnWord() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT@ORGANIZATION Harbour/NNP@ORGANIZATION Gazette/NNP@ORGANIZATION reported/VBD=report it/PRP ./.")
        .build();
    assertEquals(List.of("Harbour Gazette/ORGANIZATION/"), typed(a));
  }

  @Test
  void anAcronymOfTheLastWordsOfANamedOrganisationWrittenAfterTheIsThatOrganisation() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT Department/NNP@ORGANIZATION of/IN@ORGANIZATION Harbour/NNP@ORGANIZATION"
            + " Affairs/NNPS@ORGANIZATION opened/VBD=open a/DT hotline/NN ./.")
        .sentence("Callers/NNS to/TO the/DT HA/NNP@STATE_OR_PROVINCE waited/VBD=wait ,/, and/CC HA/NNP@STATE_OR_PROVINCE"
            + " staff/NN apologised/VBD=apologise ./.")
        .build();
    List<EntityMention> found = entities(a);
    assertEquals(List.of("Department of Harbour Affairs/ORGANIZATION/", "HA/ORGANIZATION/", "HA/ORGANIZATION/"),
        typed(a));
    assertEquals("Department of Harbour Affairs", found.get(1).canonical());
  }

  @Test
  void aStateAbbreviationWithoutTheStaysAPlace() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT Department/NNP@ORGANIZATION of/IN@ORGANIZATION Harbour/NNP@ORGANIZATION"
            + " Affairs/NNPS@ORGANIZATION opened/VBD=open an/DT office/NN in/IN HA/NNP@STATE_OR_PROVINCE ./.")
        .build();
    assertEquals(List.of("Department of Harbour Affairs/ORGANIZATION/", "HA/LOCATION/STATE_OR_PROVINCE"), typed(a));
  }
}
