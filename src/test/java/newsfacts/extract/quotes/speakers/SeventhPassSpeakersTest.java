package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, seventh pass, on invented sentences: organisation nominals without a determiner, a
 * role nominal with a possessive owner, and "it" after an organisation subject.
 */
class SeventhPassSpeakersTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());
  private static final String AUTHORITY = "The/DT Harbour/NNP@ORGANIZATION Authority/NNP@ORGANIZATION"
      + " said/VBD=say that/IN fees/NNS=fee would/MD rise/VB=rise ./.";

  /** Each quote as "speaker mention -> speaker". */
  private static List<String> speakers(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " -> " + q.speaker()).toList();
  }

  private static AnnotatedArticle policeAfter(String first, String police, String parse) {
    return Docs.article("2019-03-14")
        .sentence(first)
        .sentence(police + " said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.", parse)
        .build();
  }

  @Test
  void aBareOrganisationNounIsNotTheOrganisationQuotedLast() {
    AnnotatedArticle a = policeAfter(AUTHORITY, "Freedonian/JJ police/NNS=police",
        "amod(police-2, Freedonian-1) nsubj(said-3, police-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
            + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)");
    assertEquals("Freedonian police -> Freedonian police", speakers(a).get(1));
  }

  @Test
  void aBareOrganisationNounIsTheOrganisationNamedWithIt() {
    AnnotatedArticle a = policeAfter("The/DT Lund/NNP@ORGANIZATION Police/NNP@ORGANIZATION arrived/VBD=arrive ./.",
        "Police/NNS=police",
        "nsubj(said-2, Police-1) root(ROOT-0, said-2) mark(fell-5, that-3) nsubj(fell-5, costs-4)"
            + " ccomp(said-2, fell-5) punct(said-2, .-6)");
    assertEquals(List.of("Police -> Lund Police"), speakers(a));
  }

  @Test
  void theOrganisationNounWithADeterminerStillTakesUpTheOneQuotedLast() {
    AnnotatedArticle a = policeAfter(AUTHORITY, "The/DT agency/NN",
        "det(agency-2, The-1) nsubj(said-3, agency-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
            + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)");
    assertEquals("The agency -> Harbour Authority", speakers(a).get(1));
  }

  @Test
  void aRoleWithAPossessiveOwnerIsNotItsOwner() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Lund/NNP@PERSON and/CC her/PRP$ spokesman/NN@TITLE arrived/VBD=arrive ./.")
        .sentence("Lund/NNP@PERSON 's/POS spokesman/NN@TITLE said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "nmod:poss(spokesman-3, Lund-1) case(Lund-1, 's-2) nsubj(said-4, spokesman-3) root(ROOT-0, said-4)"
                + " mark(fell-7, that-5) nsubj(fell-7, costs-6) ccomp(said-4, fell-7) punct(said-4, .-8)")
        .build();
    assertEquals(List.of("Lund's spokesman -> Lund's spokesman"), speakers(a));
  }

  private static AnnotatedArticle itAfter(String first, String parse) {
    return Docs.article("2019-03-14")
        .sentence(first, parse)
        .sentence("It/PRP said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "nsubj(said-2, It-1) root(ROOT-0, said-2) mark(fell-5, that-3) nsubj(fell-5, costs-4)"
                + " ccomp(said-2, fell-5) punct(said-2, .-6)")
        .build();
  }

  @Test
  void itIsTheOrganisationThatWasTheSubjectOfTheSentenceBefore() {
    AnnotatedArticle a = itAfter("The/DT Harbour/NNP@ORGANIZATION Board/NNP@ORGANIZATION raised/VBD=raise fees/NNS=fee ./.",
        "det(Board-3, The-1) compound(Board-3, Harbour-2) nsubj(raised-4, Board-3) root(ROOT-0, raised-4)"
            + " obj(raised-4, fees-5) punct(raised-4, .-6)");
    assertEquals(List.of("It -> Harbour Board"), speakers(a));
  }

  @Test
  void itIsNotAnOrganisationThatWasTheSubjectOfASubordinateClause() {
    AnnotatedArticle a = itAfter("Once/IN the/DT Harbour/NNP@ORGANIZATION Board/NNP@ORGANIZATION met/VBD=meet ,/,"
            + " fees/NNS=fee rose/VBD=rise ./.",
        "mark(met-5, Once-1) det(Board-4, the-2) compound(Board-4, Harbour-3) nsubj(met-5, Board-4)"
            + " advcl(rose-8, met-5) punct(rose-8, ,-6) nsubj(rose-8, fees-7) root(ROOT-0, rose-8) punct(rose-8, .-9)");
    assertEquals(List.of("It -> It"), speakers(a));
  }
}
