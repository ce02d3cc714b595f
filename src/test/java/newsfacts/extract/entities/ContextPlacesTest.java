package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Unknown place names the tagger took for people or organisations, retyped by their context. */
class ContextPlacesTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  private static List<String> typed(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities().stream()
        .map(e -> e.text() + "/" + e.type() + "/" + e.subtype().map(Enum::name).orElse("")).toList();
  }

  @Test
  void aNameBeforeANationalPostInAListWithACountryOrBeforeACommaAndACountryIsAPlace() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Vesnia/NNP@PERSON Prime/NNP Minister/NNP Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet envoys/NNS"
            + " from/IN France/NNP@COUNTRY ,/, Quelland/NNP@PERSON and/CC Spain/NNP@COUNTRY ./.")
        .sentence("They/PRP met/VBD=meet in/IN Orhal/NNP@PERSON ,/, Vesnia/NNP@PERSON ./.")
        .build();
    assertEquals(List.of("Vesnia/LOCATION/COUNTRY", "Ana Ruiz/PERSON/", "France/LOCATION/COUNTRY", "Quelland/LOCATION/COUNTRY",
        "Spain/LOCATION/COUNTRY", "Orhal/LOCATION/CITY", "Vesnia/LOCATION/COUNTRY"), typed(a));
  }

  @Test
  void aPersonsSurnameADemonymAndAnAppositionStayAsTagged() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON met/VBD=meet the/DT Sudavian/NNP@MISC foreign/JJ minister/NN and/CC"
            + " Sudavia/NNP@COUNTRY 's/POS envoy/NN ./.")
        .sentence("Lund/NNP@PERSON 's/POS foreign/JJ minister/NN agreed/VBD=agree with/IN Mira/NNP@PERSON ,/,"
            + " France/NNP@COUNTRY 's/POS envoy/NN ./.")
        .sentence("In/IN Spain/NNP@COUNTRY and/CC France/NNP@COUNTRY ,/, Gauls/NNPS@MISC moved/VBD=move between/IN"
            + " Lyon/NNP@CITY and/CC Tarin/NNP@PERSON ,/, France/NNP@COUNTRY ./.")
        .build();
    assertEquals(List.of("Bo Lund/PERSON/", "Sudavian/NATIONALITY/", "Sudavia/LOCATION/COUNTRY", "Lund/PERSON/", "Mira/PERSON/",
        "France/LOCATION/COUNTRY", "Spain/LOCATION/COUNTRY", "France/LOCATION/COUNTRY", "Gauls/MISC/", "Lyon/LOCATION/CITY",
        "Tarin/PERSON/", "France/LOCATION/COUNTRY"), typed(a));
  }

  @Test
  void untaggedMentionsOfAPlaceFoundAndUntaggedDemonymsOfACountryAreAdded() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Freedonia/NNP@COUNTRY and/CC Vesnia/NNP@PERSON signed/VBD=sign ./.")
        .sentence("Vesnia/NNP welcomed/VBD=welcome Freedonian/JJ firms/NNS ./.")
        .build();
    assertEquals(List.of("Freedonia/LOCATION/COUNTRY", "Vesnia/LOCATION/COUNTRY", "Vesnia/LOCATION/COUNTRY",
        "Freedonian/NATIONALITY/"), typed(a));
  }
}
