package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A quotation after a colon, or a reporting verb and a comma: the clause before says whose words they are. */
class ColonQuotationsTest {
  private static final String WAIT = "\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ./. \"/''";

  @Test
  void theSubjectOfTheClauseBeforeTheColonIsTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT letter/NN makes/VBZ=make a/DT simple/JJ case/NN :/: " + WAIT,
            "det(letter-2, The-1) nsubj(makes-3, letter-2) root(ROOT-0, makes-3) det(case-6, a-4) amod(case-6, simple-5)"
                + " obj(makes-3, case-6) punct(makes-3, :-7)")
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | The letter | makes"), described(a));
  }

  @Test
  void aNameAfterADashLabelsTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Turnout/NN was/VBD=be low/JJ -/: Ana/NNP@PERSON Ruiz/NNP@PERSON :/: " + WAIT)
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ana Ruiz | :"), described(a));
  }

  @Test
  void aTwoWordSloganAfterAColonIsAQuote() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT rally/NN had/VBD=have one/CD message/NN :/: \"/`` Vote/VB=vote now/RB ./. \"/''",
            "det(rally-2, The-1) nsubj(had-3, rally-2) root(ROOT-0, had-3) nummod(message-5, one-4)"
                + " obj(had-3, message-5) punct(had-3, :-6)")
        .build();
    assertEquals(List.of("direct | \"Vote now.\" | The rally | had"), described(a));
  }

  @Test
  void aCopulaBeforeTheColonIntroducesAListNotWords() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Here/RB they/PRP are/VBP=be :/: " + WAIT,
            "advmod(are-3, Here-1) nsubj(are-3, they-2) root(ROOT-0, are-3) punct(are-3, :-4)")
        .build();
    assertEquals(List.of(), described(a));
  }

  @Test
  void aQuotedFragmentThatDoesNotEndTheClauseIsNotTakenAloneAfterTheColon() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT mayor/NN wrote/VBD=write :/: \"/`` No/DT idea/NN \"/'' if/IN the/DT bridge/NN"
            + " opens/VBZ=open this/DT year/NN",
            "det(mayor-2, The-1) nsubj(wrote-3, mayor-2) root(ROOT-0, wrote-3) punct(wrote-3, :-4)")
        .build();
    assertEquals(List.of("mixed | \"No idea\" if the bridge opens this year | The mayor | wrote"), described(a));
  }

  @Test
  void aReportingVerbAndItsAddresseeBeforeACommaIntroduceTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Later/RB the/DT mayor/NN told/VBD=tell the/DT crowd/NN ,/, " + WAIT,
            "advmod(told-4, Later-1) det(mayor-3, the-2) nsubj(told-4, mayor-3) root(ROOT-0, told-4)"
                + " det(crowd-6, the-5) obj(told-4, crowd-6) punct(told-4, ,-7)"
                + " punct(wait-11, \"-8) nsubj(wait-11, We-9) aux(wait-11, will-10) dep(ROOT-0, wait-11)"
                + " case(report-14, for-12) det(report-14, the-13) obl(wait-11, report-14) punct(wait-11, .-15)"
                + " punct(wait-11, \"-16)")
        .build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | the mayor | told"), described(a));
  }

  @Test
  void aQuotationRightAfterAReportingVerbIsItsWords() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("She/PRP ended/VBD=end by/IN saying/VBG=say \"/`` Too/RB late/RB ./. \"/''",
            "nsubj(ended-2, She-1) root(ROOT-0, ended-2) mark(saying-4, by-3) advcl(ended-2, saying-4)"
                + " punct(late-7, \"-5) advmod(late-7, Too-6) dep(ended-2, late-7) punct(ended-2, .-8)"
                + " punct(ended-2, \"-9)")
        .build();
    assertEquals(List.of("direct | \"Too late.\" | She | saying"), described(a));
  }

  @Test
  void twoCapitalisedWordsAfterADashLabelTheQuotationThoughNotTaggedAsAName() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Turnout/NN was/VBD=be low/JJ -/HYPH Ana/NNP Ruiz/NNP :/: " + WAIT).build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ruiz | :"), described(a));
  }

  @Test
  void aTitledNameOpeningItsSentenceLabelsTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Former/JJ mayor/NN of/IN Lakeland/NNP Ana/NNP Ruiz/NNP :/: " + WAIT).build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Ruiz | :"), described(a));
  }

  @Test
  void aNameBeforeAParentheticalLabelsTheQuotation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Berg/NNP@PERSON (/-LRB- D-Ore./NNP )/-RRB- :/: " + WAIT).build();
    assertEquals(List.of("direct | \"We will wait for the report.\" | Tom Berg | :"), described(a));
  }

  @Test
  void aLowerCasePhraseAfterADashIsNoLabel() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Turnout/NN was/VBD=be low/JJ -/HYPH two/CD reasons/NNS :/: " + WAIT).build();
    assertEquals(List.of(), described(a));
  }
}
