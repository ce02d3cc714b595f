package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Origin, residence, "X-based" and "employer in city" headquarters, credit lines, owned titles, shortened titles. */
class OriginResidenceHeadquartersTest {
  @Test
  void aNationalityOnAnOriginNounAndAResidenceVerbGiveOriginAndResidence() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT Norwegian/JJ@NATIONALITY woman/NN who/WP lives/VBZ=live"
            + " in/IN Chile/NNP@COUNTRY ,/, spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of("Ana Ruiz | per:origin | Norway", "Ana Ruiz | per:countries_of_residence | Chile"), RelationFacts.of(a));
  }

  @Test
  void anOriginNounBeforeTheNameOrAfterItsEmployerGivesOrigin() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("A/DT Norwegian/JJ@NATIONALITY refugee/NN in/IN Chile/NNP@COUNTRY ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/,"
            + " spoke/VBD=speak ./.")
        .sentence("Inspector/NNP@TITLE Bo/NNP@PERSON Lund/NNP@PERSON of/IN the/DT Harbour/NNP@ORGANIZATION"
            + " Police/NNP@ORGANIZATION ,/, a/DT Chilean/JJ@NATIONALITY member/NN of/IN the/DT team/NN ,/, agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("Ana Ruiz | per:countries_of_residence | Chile", "Ana Ruiz | per:origin | Norway",
        "Bo Lund | per:title | Inspector", "Bo Lund | per:employee_or_member_of | Harbour Police",
        "Bo Lund | per:origin | Chile"), RelationFacts.of(a));
  }

  @Test
  void aPlaceBeforeBasedAndAnEmployerInACityAreHeadquarters() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Lakeland-based/JJ Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION grew/VBD=grow in/IN"
            + " Lakeland/NNP@CITY ./.")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON ,/, an/DT analyst/NN@TITLE at/IN Harbor/NNP@ORGANIZATION"
            + " Capital/NNP@ORGANIZATION in/IN Porto/NNP@CITY ,/, agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of("Tidewater Bank | org:city_of_headquarters | Lakeland",
        "Bo Lund | per:title | analyst", "Bo Lund | per:employee_or_member_of | Harbor Capital",
        "Harbor Capital | org:city_of_headquarters | Porto"), RelationFacts.of(a));
  }

  @Test
  void aCountryBeforeBasedIsTheCountryOfHeadquartersAndAPlaceOwningSomethingElseIsNone() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Fiji-based/JJ Reef/NNP@ORGANIZATION Watch/NNP@ORGANIZATION grew/VBD=grow in/IN Fiji/NNP@COUNTRY ./.")
        .sentence("Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION 's/POS chief/NN@TITLE sought/VBD=seek a/DT seat/NN"
            + " in/IN Chile/NNP@COUNTRY 's/POS Senate/NNP@ORGANIZATION ./.")
        .build();
    assertEquals(List.of("Reef Watch | org:country_of_headquarters | Fiji"), RelationFacts.of(a));
  }

  @Test
  void aSignOffWithAnEmployerPrepositionCreditsTheReporterButNotASentenceWithAVerb() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT port/NN reopened/VBD=reopen ./.")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON for/IN Harbor/NNP@ORGANIZATION News/NNP@ORGANIZATION ,/, Porto/NNP@CITY ./.")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON for/IN Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION said/VBD=say"
            + " no/DT ./.")
        .build();
    assertEquals(List.of("Bo Lund | per:employee_or_member_of | Harbor News"), RelationFacts.of(a));
  }

  @Test
  void aCreditLineAnOwnedTitleBeforeANameAndAShortenedTitle() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Chile/NNP@COUNTRY 's/POS president/NN@TITLE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, spoke/VBD=speak ./.")
        .sentence("Lieutenant/NNP@TITLE Colonel/NNP@TITLE Eva/NNP@PERSON Holm/NNP@PERSON flew/VBD=fly ./.")
        .sentence("Colonel/NNP@TITLE Holm/NNP@PERSON landed/VBD=land ./.")
        .paragraph()
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON ,/, Harbor/NNP@ORGANIZATION News/NNP@ORGANIZATION ,/, the/DT port/NN ./.")
        .sentence("Here/RB 's/VBZ=be Harbor/NNP@ORGANIZATION News/NNP@ORGANIZATION 's/POS Eva/NNP@PERSON Holm/NNP@PERSON ./.")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | president", "Ana Ruiz | per:employee_or_member_of | Chile",
        "Eva Holm | per:title | Lieutenant Colonel", "Bo Lund | per:employee_or_member_of | Harbor News",
        "Eva Holm | per:employee_or_member_of | Harbor News"), RelationFacts.of(a));
  }
}
