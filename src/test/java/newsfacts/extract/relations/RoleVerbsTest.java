package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Posts given, kept or left through a verb ("becomes director", "resigned as chief executive"), on invented sentences. */
class RoleVerbsTest {
  @Test
  void aPassiveAppointmentGivesTheTitleAndTheEmployerNamedOnIt() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON was/VBD=be named/VBN=name commander/NN@TITLE of/IN the/DT"
            + " Tidewater/NNP@ORGANIZATION Guard/NNP@ORGANIZATION ./.",
            "compound(Lund-2, Bo-1)", "nsubj:pass(named-4, Lund-2)", "aux:pass(named-4, was-3)", "root(ROOT-0, named-4)",
            "xcomp(named-4, commander-5)", "case(Guard-9, of-6)", "det(Guard-9, the-7)", "compound(Guard-9, Tidewater-8)",
            "nmod(commander-5, Guard-9)", "punct(named-4, .-10)")
        .build();
    assertEquals(List.of("Bo Lund | per:title | commander", "Bo Lund | per:employee_or_member_of | Tidewater Guard"),
        RelationFacts.of(a));
  }

  @Test
  void aPostAfterAsOrBecomeIsATitleWithItsLowerCaseComplement() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON resigned/VBD=resign as/IN chief/JJ@TITLE executive/NN@TITLE ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(resigned-3, Ruiz-2)", "root(ROOT-0, resigned-3)", "case(executive-6, as-4)",
            "amod(executive-6, chief-5)", "obl(resigned-3, executive-6)", "punct(resigned-3, .-7)")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON becomes/VBZ=become director/NN@TITLE of/IN regional/JJ sales/NNS ./.",
            "compound(Holm-2, Eva-1)", "nsubj(becomes-3, Holm-2)", "root(ROOT-0, becomes-3)", "xcomp(becomes-3, director-4)",
            "case(sales-7, of-5)", "amod(sales-7, regional-6)", "nmod(director-4, sales-7)", "punct(becomes-3, .-8)")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | chief executive", "Eva Holm | per:title | director of regional sales"),
        RelationFacts.of(a));
  }

  @Test
  void theObjectHoldsThePostAnActiveVerbGivesAndAVerbOutsideTheLexiconGivesNone() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON named/VBD=name Bo/NNP@PERSON Lund/NNP@PERSON treasurer/NN@TITLE ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(named-3, Ruiz-2)", "root(ROOT-0, named-3)", "compound(Lund-5, Bo-4)",
            "obj(named-3, Lund-5)", "xcomp(named-3, treasurer-6)", "punct(named-3, .-7)")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON sees/VBZ=see herself/PRP as/IN a/DT manager/NN@TITLE ./.",
            "compound(Holm-2, Eva-1)", "nsubj(sees-3, Holm-2)", "root(ROOT-0, sees-3)", "obj(sees-3, herself-4)",
            "case(manager-7, as-5)", "det(manager-7, a-6)", "obl(sees-3, manager-7)", "punct(sees-3, .-8)")
        .build();
    assertEquals(List.of("Bo Lund | per:title | treasurer"), RelationFacts.of(a));
  }

  @Test
  void aPostInAPresentConditionAndAComparisonAreNoTitlesButOneInAPastTimeClauseIs() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("If/IN Ana/NNP@PERSON Ruiz/NNP@PERSON becomes/VBZ=become chairman/NN@TITLE ,/, rates/NNS=rate"
            + " fall/VBP=fall ./.",
            "mark(becomes-4, If-1)", "compound(Ruiz-3, Ana-2)", "nsubj(becomes-4, Ruiz-3)", "advcl(fall-8, becomes-4)",
            "xcomp(becomes-4, chairman-5)", "punct(fall-8, ,-6)", "nsubj(fall-8, rates-7)", "root(ROOT-0, fall-8)",
            "punct(fall-8, .-9)")
        .sentence("Once/IN Bo/NNP@PERSON Lund/NNP@PERSON was/VBD=be picked/VBN=pick as/IN pilot/NN@TITLE ,/, he/PRP"
            + " left/VBD=leave ./.",
            "mark(picked-5, Once-1)", "compound(Lund-3, Bo-2)", "nsubj:pass(picked-5, Lund-3)", "aux:pass(picked-5, was-4)",
            "advcl(left-10, picked-5)", "case(pilot-7, as-6)", "obl(picked-5, pilot-7)", "punct(left-10, ,-8)",
            "nsubj(left-10, he-9)", "root(ROOT-0, left-10)", "punct(left-10, .-11)")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON was/VBD=be like/IN a/DT pilot/NN@TITLE ./.",
            "compound(Lund-2, Bo-1)", "nsubj(pilot-6, Lund-2)", "cop(pilot-6, was-3)", "case(pilot-6, like-4)",
            "det(pilot-6, a-5)", "root(ROOT-0, pilot-6)", "punct(pilot-6, .-7)")
        .sentence("Eva/NNP@PERSON Holm/NNP@PERSON ,/, a/DT Lakeland/NNP@CITY -/HYPH based/VBN=base director/NN@TITLE"
            + " of/IN Harbor/NNP@ORGANIZATION Capital/NNP@ORGANIZATION ,/, agreed/VBD=agree ./.")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON is/VBZ=be a/DT Lakeland/NNP@CITY -/HYPH based/VBN=base analyst/NN@TITLE ./.",
            "compound(Ruiz-2, Ana-1)", "nsubj(analyst-8, Ruiz-2)", "cop(analyst-8, is-3)", "det(analyst-8, a-4)",
            "obl(based-7, Lakeland-5)", "punct(based-7, --6)", "amod(analyst-8, based-7)", "root(ROOT-0, analyst-8)",
            "punct(analyst-8, .-9)")
        .build();
    assertEquals(List.of("Bo Lund | per:title | pilot", "Eva Holm | per:title | director",
        "Eva Holm | per:employee_or_member_of | Harbor Capital", "Ana Ruiz | per:title | analyst"), RelationFacts.of(a));
  }
}
