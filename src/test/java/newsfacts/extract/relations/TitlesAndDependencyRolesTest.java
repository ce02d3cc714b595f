package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Title cleaning, title words the tagger misses, and roles read from the dependency parse. */
class TitlesAndDependencyRolesTest {
  @Test
  void titleAbbreviationsAreTitlesAndElectionRolesAreNot() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Sen./NNP Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet candidate/NN@TITLE Bo/NNP@PERSON Lund/NNP@PERSON ./.")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | Sen."), RelationFacts.of(a));
  }

  @Test
  void anAppositionLosesTimeWordsAndTheEmployerNameAndSplitsCoordinatedTitles() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT former/JJ Norwegian/JJ@NATIONALITY trade/NN@TITLE"
            + " minister/NN@TITLE ,/, spoke/VBD=speak ./.")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON ,/, president/NN@TITLE and/CC chief/JJ@TITLE executive/NN@TITLE"
            + " of/IN Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION ,/, left/VBD=leave ./.")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON ,/, secretary/NN@TITLE of/IN the/DT economy/NN ,/, agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | trade minister",
        "Ana Ruiz | per:employee_or_member_of | Norway",
        "Bo Lund | per:title | president",
        "Bo Lund | per:title | chief executive",
        "Bo Lund | per:employee_or_member_of | Tidewater Bank",
        "Eva Holm | per:title | secretary of the economy"), RelationFacts.of(a));
  }

  @Test
  void aTitlePredicatedOfAPersonGivesTitleAndEmployerThroughTheParse() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON is/VBZ=be the/DT chief/JJ economist/NN at/IN"
            + " Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(economist-6, Ruiz-2)", "cop(economist-6, is-3)", "det(economist-6, the-4)",
            "amod(economist-6, chief-5)", "root(ROOT-0, economist-6)", "case(Bank-9, at-7)",
            "compound(Bank-9, Tidewater-8)", "nmod(economist-6, Bank-9)", "punct(economist-6, .-10)")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | chief economist",
        "Ana Ruiz | per:employee_or_member_of | Tidewater Bank"), RelationFacts.of(a));
  }

  @Test
  void anApposedTitleNounTakesItsCompoundOrganisationAsEmployer() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION"
            + " economist/NN ,/, spoke/VBD=speak ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(spoke-9, Ruiz-2)", "punct(Ruiz-2, ,-3)", "det(economist-7, a-4)",
            "compound(Bank-6, Tidewater-5)", "compound(economist-7, Bank-6)", "appos(Ruiz-2, economist-7)",
            "punct(Ruiz-2, ,-8)", "root(ROOT-0, spoke-9)", "punct(spoke-9, .-10)")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | economist",
        "Ana Ruiz | per:employee_or_member_of | Tidewater Bank"), RelationFacts.of(a));
  }
}
