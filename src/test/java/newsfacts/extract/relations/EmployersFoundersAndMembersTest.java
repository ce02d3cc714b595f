package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Employers of executive posts, founders in title phrases, ages before appositions, verbs of
 * working and member nouns read from the parse, on invented sentences.
 */
class EmployersFoundersAndMembersTest {
  @Test
  void aCityOrStateEmploysItsMayorOrGovernorButNotItsLegislator() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Harbourton/NNP@CITY Mayor/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet"
            + " Tamaria/NNP@STATE_OR_PROVINCE Sen./NNP Bo/NNP@PERSON Lund/NNP@PERSON ./.")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON ,/, the/DT Harbourton/NNP@CITY police/NN@TITLE chief/NN@TITLE ,/,"
            + " agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | Mayor",
        "Ana Ruiz | per:employee_or_member_of | Harbourton",
        "Bo Lund | per:title | Sen.",
        "Eva Holm | per:title | police chief",
        "Eva Holm | per:employee_or_member_of | Harbourton"), RelationFacts.of(a));
  }

  @Test
  void aFounderInATitlePhraseFoundedTheOrganisationAndIsNoTitle() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, founder/NN and/CC CEO/NN@TITLE of/IN Tidewater/NNP@ORGANIZATION"
            + " Partners/NNPS@ORGANIZATION ,/, spoke/VBD=speak ./.")
        .build();
    assertEquals(List.of(
        "Tidewater Partners | org:founded_by | Ana Ruiz",
        "Ana Ruiz | per:title | CEO",
        "Ana Ruiz | per:employee_or_member_of | Tidewater Partners"), RelationFacts.of(a));
  }

  @Test
  void aParticipleBeforeANounIsPartOfTheTitlePhrase() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, founder/NN and/CC controlling/VBG shareholder/NN of/IN"
            + " Tidewater/NNP@ORGANIZATION Partners/NNPS@ORGANIZATION ,/, spoke/VBD=speak ./.")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON ,/, managing/VBG director/NN@TITLE of/IN Harbor/NNP@ORGANIZATION"
            + " Capital/NNP@ORGANIZATION ,/, agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of(
        "Tidewater Partners | org:founded_by | Ana Ruiz",
        "Bo Lund | per:title | managing director",
        "Bo Lund | per:employee_or_member_of | Harbor Capital"), RelationFacts.of(a));
  }

  @Test
  void anAgeSetOffAfterTheNameDoesNotHideTheTitlesAndANamedOwnerInsideTheSecondTitle() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT new/JJ chief/NN is/VBZ=be Bo/NNP@PERSON Lund/NNP@PERSON ,/, 58/CD ,/, finance/NN@TITLE"
            + " director/NN@TITLE and/CC a/DT Tidewater/NNP@ORGANIZATION board/NN@TITLE director/NN@TITLE ./.")
        .build();
    assertEquals(List.of(
        "Bo Lund | per:title | finance director",
        "Bo Lund | per:title | board director",
        "Bo Lund | per:employee_or_member_of | Tidewater"), RelationFacts.of(a));
  }

  @Test
  void aDefiniteTitleBeforeANameThatClosesTheAppositionIsATitle() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Police/NNS questioned/VBD=question the/DT doctor/NN@TITLE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ./.")
        .sentence("They/PRP thanked/VBD=thank the/DT doctor/NN@TITLE ,/, Bo/NNP@PERSON Lund/NNP@PERSON and/CC"
            + " Eva/NNP@PERSON Holm/NNP@PERSON ./.")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | doctor"), RelationFacts.of(a));
  }

  @Test
  void aCountryInAnOfPhraseAfterTheNameEmploysTheTitledPerson() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("President/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON of/IN Ruritania/NNP@COUNTRY arrived/VBD=arrive ./.")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | President",
        "Ana Ruiz | per:employee_or_member_of | Ruritania"), RelationFacts.of(a));
  }

  @Test
  void theSubjectOfAVerbOfWorkingWorksForItsObjectOrTheObjectOfItsPreposition() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP heads/VBZ=head the/DT Tidewater/NNP@ORGANIZATION"
            + " Institute/NNP@ORGANIZATION ,/, disagreed/VBD=disagree ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(disagreed-10, Ruiz-2)", "punct(Ruiz-2, ,-3)", "nsubj(heads-5, who-4)",
            "acl:relcl(Ruiz-2, heads-5)", "det(Institute-8, the-6)", "compound(Institute-8, Tidewater-7)",
            "obj(heads-5, Institute-8)", "punct(Ruiz-2, ,-9)", "root(ROOT-0, disagreed-10)", "punct(disagreed-10, .-11)")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON teaches/VBZ=teach at/IN Harbour/NNP@ORGANIZATION"
            + " College/NNP@ORGANIZATION and/CC runs/VBZ=run for/IN the/DT Senate/NNP@ORGANIZATION ./.",
            "compound(Lund-2, Bo-1)", "nsubj(teaches-3, Lund-2)", "root(ROOT-0, teaches-3)", "case(College-6, at-4)",
            "compound(College-6, Harbour-5)", "obl(teaches-3, College-6)", "cc(runs-8, and-7)",
            "conj(teaches-3, runs-8)", "nsubj(runs-8, Lund-2)", "case(Senate-11, for-9)", "det(Senate-11, the-10)",
            "obl(runs-8, Senate-11)", "punct(teaches-3, .-12)")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:employee_or_member_of | Tidewater Institute",
        "Bo Lund | per:employee_or_member_of | Harbour College"), RelationFacts.of(a));
  }

  @Test
  void aParticipleOfWorkingOnANounInAppositionGivesTheEmployer() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT former/JJ aide/NN@TITLE now/RB teaching/VBG=teach at/IN"
            + " Harbour/NNP@ORGANIZATION College/NNP@ORGANIZATION ,/, disagreed/VBD=disagree ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(disagreed-13, Ruiz-2)", "punct(Ruiz-2, ,-3)", "det(aide-6, a-4)",
            "amod(aide-6, former-5)", "appos(Ruiz-2, aide-6)", "advmod(teaching-8, now-7)", "acl(aide-6, teaching-8)",
            "case(College-11, at-9)", "compound(College-11, Harbour-10)", "obl(teaching-8, College-11)",
            "punct(Ruiz-2, ,-12)", "root(ROOT-0, disagreed-13)", "punct(disagreed-13, .-14)")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | aide", "Ana Ruiz | per:employee_or_member_of | Harbour College"),
        RelationFacts.of(a));
  }

  @Test
  void aMemberNounMakesAPersonAMemberOfTheBodyNamedAfterOnWithoutATitle() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT top/JJ Republican/NNP on/IN the/DT Harbour/NNP@ORGANIZATION"
            + " Committee/NNP@ORGANIZATION ,/, objected/VBD=object ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(objected-12, Ruiz-2)", "punct(Ruiz-2, ,-3)", "det(Republican-6, the-4)",
            "amod(Republican-6, top-5)", "appos(Ruiz-2, Republican-6)", "case(Committee-10, on-7)",
            "det(Committee-10, the-8)", "compound(Committee-10, Harbour-9)", "nmod(Republican-6, Committee-10)",
            "punct(Ruiz-2, ,-11)", "root(ROOT-0, objected-12)", "punct(objected-12, .-13)")
        .build();
    assertEquals(List.of("Ana Ruiz | per:employee_or_member_of | Harbour Committee"), RelationFacts.of(a));
  }

  @Test
  void aPlaceBeforeAHyphenSplitOffBasedIsTheHeadquarters() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Lakeland/NNP@CITY -/HYPH based/VBN=base utility/NN Tidewater/NNP@ORGANIZATION"
            + " Power/NNP@ORGANIZATION grew/VBD=grow ./.")
        .build();
    assertEquals(List.of("Tidewater Power | org:city_of_headquarters | Lakeland"), RelationFacts.of(a));
  }
}
