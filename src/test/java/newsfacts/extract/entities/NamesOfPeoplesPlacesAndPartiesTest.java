package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Demonyms, party words, place-name repairs and Schwartz-Hearst acronyms on invented sentences. */
class NamesOfPeoplesPlacesAndPartiesTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  private static List<EntityMention> entities(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities();
  }

  private static List<String> typed(AnnotatedArticle article) {
    return entities(article).stream().map(e -> e.text() + "/" + e.type() + "/" + e.subtype().map(Enum::name).orElse("")).toList();
  }

  @Test
  void demonymNounsAndUntaggedDemonymsAreNationalitiesButContinentAdjectivesAreNot() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Kenyans/NNPS@MISC and/CC Arabs/NNPS@MISC met/VBD=meet a/DT Canadian/JJ envoy/NN ,/,"
            + " African-Americans/NNPS@MISC and/CC European/JJ@MISC traders/NNS ./.")
        .build();
    assertEquals(List.of("Kenyans/NATIONALITY/", "Arabs/NATIONALITY/", "Canadian/NATIONALITY/",
        "African-Americans/NATIONALITY/"), typed(a));
  }

  @Test
  void aPartyNamedAloneIsAnOrganisationAndItsAdjectiveIsNoName() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Many/JJ Republicans/NNPS@MISC and/CC a/DT Democratic/JJ@MISC senator/NN left/VBD=leave"
            + " the/DT Tory/NNP@MISC party/NN ./.")
        .build();
    assertEquals(List.of("Republicans/ORGANIZATION/", "Tory party/ORGANIZATION/"), typed(a));
  }

  @Test
  void formerCountryNamesAreCountriesAndSharedCityStateNamesFollowTheirContext() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Envoys/NNS of/IN the/DT Soviet/NNP@LOCATION Union/NNP@LOCATION flew/VBD=fly to/TO"
            + " Washington/NNP@STATE_OR_PROVINCE and/CC met/VBD=meet the/DT New/NNP@STATE_OR_PROVINCE"
            + " York/NNP@STATE_OR_PROVINCE governor/NN in/IN Albany/NNP@CITY ,/, New/NNP@STATE_OR_PROVINCE"
            + " York/NNP@STATE_OR_PROVINCE ./.")
        .build();
    assertEquals(List.of("Soviet Union/LOCATION/COUNTRY", "Washington/LOCATION/CITY", "New York/LOCATION/STATE_OR_PROVINCE",
        "Albany/LOCATION/CITY", "New York/LOCATION/STATE_OR_PROVINCE"), typed(a));
  }

  @Test
  void stateAbbreviationsCityHeadsAndNationalBodiesAreJoined() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Sen./NNP Ana/NNP@PERSON Ruiz/NNP@PERSON (/-LRB- D-Ore./NNP )/-RRB- visited/VBD=visit"
            + " Dover/NNP@CITY ,/, Del./NNP ,/, Cedar/NNP@LOCATION City/NNP and/CC the/DT"
            + " Freedonian/JJ@NATIONALITY Foreign/NNP@ORGANIZATION Ministry/NNP@ORGANIZATION ./.")
        .sentence("Del/NNP@LOCATION ./. Bo/NNP@PERSON Lund/NNP@PERSON spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of("Ana Ruiz/PERSON/", "Ore./LOCATION/STATE_OR_PROVINCE", "Dover/LOCATION/CITY",
        "Del./LOCATION/STATE_OR_PROVINCE", "Cedar City/LOCATION/CITY", "Freedonian Foreign Ministry/ORGANIZATION/",
        "Bo Lund/PERSON/"), typed(a));
  }

  @Test
  void aShortFormTakesTheTypeOfTheNameItsLongFormEndsEverywhere() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT Department/NNP@ORGANIZATION of/IN@ORGANIZATION Harbour/NNP@ORGANIZATION"
            + " Works/NNP@ORGANIZATION (/-LRB- HW/NNP@STATE_OR_PROVINCE )/-RRB- and/CC the/DT"
            + " Coastal/NNP@MISC Fishing/NNP@MISC Act/NNP@MISC (/-LRB- CFA/NNP )/-RRB- changed/VBD=change ./.")
        .sentence("HW/NNP@STATE_OR_PROVINCE enforces/VBZ=enforce CFA/NNP@ORGANIZATION ./.")
        .build();
    assertEquals(List.of("Department of Harbour Works/ORGANIZATION/", "HW/ORGANIZATION/",
        "Coastal Fishing Act/MISC/", "CFA/MISC/", "HW/ORGANIZATION/", "CFA/MISC/"), typed(a));
    assertEquals("Department of Harbour Works", entities(a).get(4).canonical());
  }

  @Test
  void namesOfLawsKeepTheirInnerConnectorsOrdinalsAndYear() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT Rights/NNP@MISC of/IN Harbour/NNP@MISC Workers/NNP@MISC Act/NNP of/IN 2011/CD@DATE"
            + " amended/VBD=amend the/DT 14th/JJ Amendment/NNP@MISC ,/, but/CC Acting/NNP@TITLE"
            + " Mayor/NNP@TITLE Bo/NNP@PERSON Lund/NNP@PERSON objected/VBD=object ./.")
        .build();
    assertEquals(List.of("Rights of Harbour Workers Act of 2011/MISC/", "14th Amendment/MISC/", "Bo Lund/PERSON/"), typed(a));
  }

  @Test
  void aQuotedNicknameInsideANameJoinsThePieces() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Ana/NNP@PERSON B./NNP@PERSON \"/`` Bunny/NNP@PERSON \"/'' Ruiz/NNP@PERSON spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of("Ana B. \"Bunny\" Ruiz/PERSON/"), typed(a));
  }
}
