package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Posts given before a name (apposition, copula, "its"), titles with inner modifiers or a "for"
 * complement, headquarters of an unnamed organisation and byline outlets, on invented sentences.
 */
class PostsAndHeadquartersTest {
  private static Docs.Builder council() {
    return Docs.article("2022-01-10")
        .sentence("The/DT Northern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION Council/NNP@ORGANIZATION met/VBD=meet ./.");
  }

  @Test
  void aPostNamedBeforeThePersonByAppositionOrCopula() {
    AnnotatedArticle a = council()
        .sentence("Its/PRP$ chairwoman/NN@TITLE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, spoke/VBD=speak ./.",
            "nmod:poss(chairwoman-2, Its-1) nsubj(spoke-7, chairwoman-2) compound(Ruiz-5, Ana-4) appos(chairwoman-2, Ruiz-5)"
                + " root(ROOT-0, spoke-7)")
        .sentence("The/DT current/JJ treasurer/NN@TITLE of/IN the/DT Northern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION"
            + " Council/NNP@ORGANIZATION is/VBZ=be Bo/NNP@PERSON Lund/NNP@PERSON ./.",
            "det(treasurer-3, The-1) amod(treasurer-3, current-2) nsubj(Lund-11, treasurer-3) case(Council-8, of-4)"
                + " det(Council-8, the-5) compound(Council-8, Northern-6) compound(Council-8, Grain-7) nmod(treasurer-3, Council-8)"
                + " cop(Lund-11, is-9) compound(Lund-11, Bo-10) root(ROOT-0, Lund-11)")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | chairwoman",
        "Ana Ruiz | per:employee_or_member_of | Northern Grain Council",
        "Bo Lund | per:title | treasurer",
        "Bo Lund | per:employee_or_member_of | Northern Grain Council"), RelationFacts.of(a));
  }

  @Test
  void aPostBeforeAListOfNamesBelongsToTheFirstOnly() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Chairwoman/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, Bo/NNP@PERSON Lund/NNP@PERSON and/CC"
            + " Eva/NNP@PERSON Holm/NNP@PERSON met/VBD=meet ./.",
            "compound(Ruiz-3, Chairwoman-1) compound(Ruiz-3, Ana-2) nsubj(met-10, Ruiz-3) compound(Lund-6, Bo-5)"
                + " appos(Ruiz-3, Lund-6) compound(Holm-9, Eva-8) conj(Lund-6, Holm-9) root(ROOT-0, met-10)")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | Chairwoman"), RelationFacts.of(a));
  }

  @Test
  void titlesWithAnInnerModifierOrAForComplementButNotTheOwnerOfTheHead() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("External/NNP Affairs/NNPS@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak ./.",
            "compound(Affairs-2, External-1) compound(Minister-3, Affairs-2) compound(Ruiz-5, Minister-3)"
                + " compound(Ruiz-5, Ana-4) nsubj(spoke-6, Ruiz-5) root(ROOT-0, spoke-6)")
        .sentence("Minister/NNP@TITLE for/IN Planning/NNP Dr./NNP Bo/NNP@PERSON Lund/NNP@PERSON spoke/VBD=speak ./.")
        .sentence("Harbour/NNP Guard/NNP Colonel/NNP@TITLE Eva/NNP@PERSON Holm/NNP@PERSON spoke/VBD=speak ./.",
            "compound(Guard-2, Harbour-1) compound(Colonel-3, Guard-2) compound(Holm-5, Colonel-3)"
                + " compound(Holm-5, Eva-4) nsubj(spoke-6, Holm-5) root(ROOT-0, spoke-6)")
        .build();
    assertEquals(List.of(
        "Ana Ruiz | per:title | External Affairs Minister",
        "Bo Lund | per:title | Minister for Planning",
        "Eva Holm | per:title | Colonel"), RelationFacts.of(a));
  }

  @Test
  void headquartersOfAnOrganisationMeantByItsOrNamedBeforeACityBasedNoun() {
    AnnotatedArticle a = council()
        .sentence("Its/PRP$ secretariat/NN is/VBZ=be located/VBN=locate in/IN Kell/NNP@CITY ,/, Freedonia/NNP@COUNTRY ./.",
            "nmod:poss(secretariat-2, Its-1) nsubj:pass(located-4, secretariat-2) aux:pass(located-4, is-3) root(ROOT-0, located-4)"
                + " case(Kell-6, in-5) obl(located-4, Kell-6) appos(Kell-6, Freedonia-8)")
        .build();
    assertEquals(List.of(
        "Northern Grain Council | org:city_of_headquarters | Kell",
        "Northern Grain Council | org:country_of_headquarters | Freedonia"), RelationFacts.of(a));
    AnnotatedArticle based = Docs.article("2022-01-10")
        .sentence("Ostravia/NNP@COUNTRY joined/VBD=join the/DT Eastern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION"
            + " Union/NNP@ORGANIZATION (/-LRB- EGU/NNP@ORGANIZATION )/-RRB- ,/, the/DT Kell/NNP@CITY -/HYPH based/VBN bloc/NN ./.")
        .build();
    assertEquals(List.of(
        "Eastern Grain Union | org:city_of_headquarters | Kell",
        "Eastern Grain Union | org:alternate_names | EGU"), RelationFacts.of(based));
  }

  @Test
  void theOutletClosingABylineEmploysTheWriters() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("By/IN ANA/NNP@PERSON RUIZ/NNP@PERSON Harbour/NNP Wire/NNP")
        .paragraph()
        .sentence("Ostravia/NNP@COUNTRY voted/VBD=vote ./.")
        .build();
    assertEquals(List.of("ANA RUIZ | per:employee_or_member_of | Harbour Wire"), RelationFacts.of(a));
  }

  @Test
  void aCounterpartWorksForTheCountryNamedBeforeTheNoun() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Freedonia/NNP@COUNTRY and/CC Ostravia/NNP@COUNTRY met/VBD=meet ./.")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet her/PRP$ Ostravian/JJ@NATIONALITY counterpart/NN Bo/NNP@PERSON"
            + " Lund/NNP@PERSON and/CC Freedonia/NNP@COUNTRY 's/POS counterpart/NN ,/, Eva/NNP@PERSON Holm/NNP@PERSON ./.")
        .build();
    assertEquals(List.of(
        "Bo Lund | per:employee_or_member_of | Ostravia",
        "Eva Holm | per:employee_or_member_of | Freedonia"), RelationFacts.of(a));
  }

  @Test
  void anHonorificMayFollowTheCommaButAPostNobodyHoldsYetGivesNothing() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT treasurer/NN@TITLE ,/, Ms./NNP Eva/NNP@PERSON Holm/NNP@PERSON ,/, left/VBD=leave ./.",
            "det(treasurer-2, The-1) nsubj(left-8, treasurer-2) compound(Holm-6, Ms.-4) compound(Holm-6, Eva-5)"
                + " appos(treasurer-2, Holm-6) root(ROOT-0, left-8)")
        .sentence("The/DT next/JJ treasurer/NN@TITLE ,/, Bo/NNP@PERSON Lund/NNP@PERSON ,/, waited/VBD=wait ./.",
            "det(treasurer-3, The-1) amod(treasurer-3, next-2) nsubj(waited-8, treasurer-3) compound(Lund-6, Bo-5)"
                + " appos(treasurer-3, Lund-6) root(ROOT-0, waited-8)")
        .build();
    assertEquals(List.of("Eva Holm | per:title | treasurer"), RelationFacts.of(a));
  }
}
