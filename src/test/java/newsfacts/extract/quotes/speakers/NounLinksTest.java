package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Speakers, sixth pass, on invented sentences: a nominal in apposition to a name of any kind, two
 * subjects that are a name and its apposition, a pronoun after a report of someone else, the group
 * of a quantifier, and a relative "who" after a noun of no person.
 */
class NounLinksTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());
  private static final String FEES = "that/IN fees/NNS=fee would/MD rise/VB=rise ./.";

  /** Each quote as "speaker mention -> speaker". */
  private static List<String> speakers(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " -> " + q.speaker()).toList();
  }

  private static String resolve(AnnotatedArticle a, int token) {
    Document d = ENTITIES.apply(Document.of(a));
    SpeakerResolver resolver = new SpeakerResolver(a, d.entities(), Docs.lexicon().quotes(), Docs.lexicon().speakers());
    Token t = a.sentences().get(0).tokens().get(token);
    return resolver.resolve(t.span(), t, List.of());
  }

  private static AnnotatedArticle apposed(String nominal) {
    return Docs.article("2019-03-14")
        .sentence("Acme/NNP@ORGANIZATION Bank/NNP@ORGANIZATION ,/, the/DT region/NN 's/POS " + nominal
            + " ,/, said/VBD=say " + FEES,
            "compound(Bank-2, Acme-1) nsubj(said-9, Bank-2) punct(Bank-2, ,-3) det(region-5, the-4)"
                + " nmod:poss(" + nominal.substring(0, nominal.indexOf('/')) + "-7, region-5) case(region-5, 's-6)"
                + " appos(Bank-2, " + nominal.substring(0, nominal.indexOf('/')) + "-7) punct(Bank-2, ,-8)"
                + " root(ROOT-0, said-9) mark(rise-13, that-10) nsubj(rise-13, fees-11) aux(rise-13, would-12)"
                + " ccomp(said-9, rise-13) punct(said-9, .-14)")
        .build();
  }

  @Test
  void aNominalInAppositionToAnOrganisationIsThatOrganisation() {
    assertEquals("Acme Bank", resolve(apposed("lender/NN=lender"), 6));
  }

  @Test
  void aNominalOfAPersonIsNotTheOrganisationItIsApposedTo() {
    assertNotEquals("Acme Bank", resolve(apposed("chairman/NN=chairman@TITLE"), 6));
  }

  @Test
  void ofTwoSubjectsANominalAfterANameAndACommaIsItsApposition() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Freedonia/NNP@LOCATION ,/, the/DT port/NN 's/POS owner/NN ,/, said/VBD=say " + FEES,
            "nsubj(said-8, Freedonia-1) punct(Freedonia-1, ,-2) det(port-4, the-3) nmod:poss(owner-6, port-4)"
                + " case(port-4, 's-5) nsubj(said-8, owner-6) punct(said-8, ,-7) root(ROOT-0, said-8)"
                + " mark(rise-12, that-9) nsubj(rise-12, fees-10) aux(rise-12, would-11) ccomp(said-8, rise-12)"
                + " punct(said-8, .-13)")
        .build();
    assertEquals(List.of("Freedonia -> Freedonia"), speakers(a));
  }

  @Test
  void aPronounAfterAReportIsItsSourceNotTheSubjectInsideIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ode/NNP@PERSON Banda/NNP@PERSON will/MD win/VB=win ,/, Kofi/NNP@PERSON Mensah/NNP@PERSON"
            + " said/VBD=say ./.",
            "compound(Banda-2, Ode-1) nsubj(win-4, Banda-2) aux(win-4, will-3) ccomp(said-8, win-4)"
                + " punct(said-8, ,-5) compound(Mensah-7, Kofi-6) nsubj(said-8, Mensah-7) root(ROOT-0, said-8)"
                + " punct(said-8, .-9)")
        .sentence("\"/`` We/PRP will/MD wait/VB=wait ,/, \"/'' he/PRP said/VBD=say ./.",
            "punct(wait-4, \"-1) nsubj(wait-4, We-2) aux(wait-4, will-3) ccomp(said-8, wait-4) punct(wait-4, ,-5)"
                + " punct(said-8, \"-6) nsubj(said-8, he-7) root(ROOT-0, said-8) punct(said-8, .-9)")
        .build();
    assertEquals(List.of("Kofi Mensah -> Kofi Mensah", "he -> Kofi Mensah"), speakers(a));
  }

  @Test
  void aQuantifierIsTheGroupItTakesItsPartOf() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Most/JJS of/IN the/DT delegates/NNS=delegate said/VBD=say " + FEES,
            "nsubj(said-5, Most-1) case(delegates-4, of-2) det(delegates-4, the-3) nmod(Most-1, delegates-4)"
                + " root(ROOT-0, said-5) mark(rise-9, that-6) nsubj(rise-9, fees-7) aux(rise-9, would-8)"
                + " ccomp(said-5, rise-9) punct(said-5, .-10)")
        .build();
    assertEquals("the delegates", resolve(a, 0));
  }

  @Test
  void aQuantifierOfWhomIsTheNounOfItsRelativeClause() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Officers/NNS=officer arrived/VBD=arrive ,/, most/JJS of/IN whom/WP said/VBD=say " + FEES,
            "nsubj(arrived-2, Officers-1) root(ROOT-0, arrived-2) punct(Officers-1, ,-3) nsubj(said-7, most-4)"
                + " case(whom-6, of-5) nmod(most-4, whom-6) acl:relcl(Officers-1, said-7) mark(rise-11, that-8)"
                + " nsubj(rise-11, fees-9) aux(rise-11, would-10) ccomp(said-7, rise-11) punct(arrived-2, .-12)")
        .build();
    assertEquals("Officers", resolve(a, 3));
  }

  @Test
  void aRelativeWhoAfterANounOfNoPersonIsThePersonNounItModifies() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Senators/NNS=senator@TITLE on/IN the/DT hill/NN ,/, who/WP said/VBD=say that/IN fees/NNS=fee"
            + " rose/VBD=rise ,/, left/VBD=leave ./.",
            "nsubj(left-12, Senators-1) case(hill-4, on-2) det(hill-4, the-3) nmod(Senators-1, hill-4)"
                + " punct(hill-4, ,-5) nsubj(said-7, who-6) acl:relcl(hill-4, said-7) mark(rose-10, that-8)"
                + " nsubj(rose-10, fees-9) ccomp(said-7, rose-10) punct(left-12, ,-11) root(ROOT-0, left-12)"
                + " punct(left-12, .-13)")
        .build();
    assertEquals("Senators", resolve(a, 5));
  }

  @Test
  void aDocumentIsNotThePersonTheParseApposesToIt() {
    assertEquals("polls", resolve(accordingTo("polls/NNS=poll"), 3));
    assertEquals("Ana Ruiz", resolve(accordingTo("aides/NNS=aide"), 3));
  }

  /** "According to the NOUN, Ana Ruiz leads.", parsed with the name in apposition to the noun. */
  private static AnnotatedArticle accordingTo(String noun) {
    String word = noun.substring(0, noun.indexOf('/'));
    return Docs.article("2019-03-14")
        .sentence("According/VBG to/IN the/DT " + noun + " ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON leads/VBZ=lead ./.",
            "case(" + word + "-4, According-1) fixed(According-1, to-2) det(" + word + "-4, the-3) obl(leads-8, "
                + word + "-4) punct(" + word + "-4, ,-5) compound(Ruiz-7, Ana-6) appos(" + word + "-4, Ruiz-7)"
                + " root(ROOT-0, leads-8) punct(leads-8, .-9)")
        .build();
  }
}
