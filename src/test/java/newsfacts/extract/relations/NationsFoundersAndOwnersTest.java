package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A nation employs its officials only, founders described before their names, and posts owned by
 * a name in the possessive, on invented sentences.
 */
class NationsFoundersAndOwnersTest {
  @Test
  void aNationalityBeforeAPrivateOccupationIsAnOriginNotAnEmployer() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Norwegian/JJ@NATIONALITY businessman/NN@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " met/VBD=meet Norwegian/JJ@NATIONALITY Foreign/NNP@TITLE Minister/NNP@TITLE Bo/NNP@PERSON Lund/NNP@PERSON ./.")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON ,/, a/DT Chile/NNP@COUNTRY scholar/NN@TITLE ,/, agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:origin | Norway",
        "Ana Ruiz | per:title | businessman",
        "Bo Lund | per:title | Foreign Minister",
        "Bo Lund | per:employee_or_member_of | Norway",
        "Eva Holm | per:title | scholar"), RelationFacts.of(a));
  }

  @Test
  void aFounderDescribedBeforeTheNameIsStillTheFounder() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Tidewater/NNP@ORGANIZATION Partners/NNPS@ORGANIZATION was/VBD=be founded/VBN=found in/IN 1998/CD@DATE"
            + " by/IN engineer/NN Ana/NNP@PERSON Ruiz/NNP@PERSON and/CC Bo/NNP@PERSON Lund/NNP@PERSON ./.")
        .timex("1998", "DATE", "1998")
        .build();
    assertEquals(List.of(
        "Tidewater Partners | org:date_founded | 1998",
        "Tidewater Partners | org:founded_by | Ana Ruiz",
        "Tidewater Partners | org:founded_by | Bo Lund"), RelationFacts.of(a));
  }

  @Test
  void aPostOwnedByANameHasItsTitleAndAnOrganisationOwnerEmploys() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON 's/POS spokeswoman/NN ,/, Eva/NNP@PERSON Holm/NNP@PERSON ,/,"
            + " declined/VBD=decline ./.")
        .sentence("Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION 's/POS spokesman/NN ,/, Bo/NNP@PERSON Lund/NNP@PERSON ,/,"
            + " agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of(
        "Eva Holm | per:title | spokeswoman",
        "Bo Lund | per:title | spokesman",
        "Bo Lund | per:employee_or_member_of | Tidewater Bank"), RelationFacts.of(a));
  }

  @Test
  void aFamilyNamedAfterAPersonFoundsNothing() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Tidewater/NNP@ORGANIZATION Partners/NNPS@ORGANIZATION was/VBD=be formed/VBN=form by/IN the/DT"
            + " Ruiz/NNP@PERSON family/NN ./.")
        .build();
    assertEquals(List.of(), RelationFacts.of(a));
  }

  @Test
  void aDemonymTheTaggerMistookIsTheNationalityOfTheCountryTheArticleNames() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Freedonian/NNP@ORGANIZATION Foreign/NNP@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " visited/VBD=visit Freedonia/NNP@COUNTRY ./.")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | Foreign Minister",
        "Ana Ruiz | per:employee_or_member_of | Freedonia"), RelationFacts.of(a));
  }
}
