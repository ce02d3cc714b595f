package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Token;
import org.junit.jupiter.api.Test;

/** Speaker resolution through the quotes step, on invented sentences: agreement, roles, organisations. */
class SpeakerResolutionTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());
  private static final String MEETING = "Maria/NNP@PERSON Lopez/NNP@PERSON met/VBD=meet Tom/NNP@PERSON"
      + " Hale/NNP@PERSON on/IN Monday/NNP@DATE ./.";

  /** Each quote as "speaker mention -> speaker". */
  private static List<String> speakers(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " -> " + q.speaker()).toList();
  }

  @Test
  void sheIsTheWomanNamedBeforeEvenWhenAManWasNamedLast() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(MEETING)
        .sentence("She/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .build();
    assertEquals(List.of("She -> Maria Lopez"), speakers(a));
  }

  @Test
  void heIsTheManNamedBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON met/VBD=meet Maria/NNP@PERSON Lopez/NNP@PERSON ./.")
        .sentence("He/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .build();
    assertEquals(List.of("He -> Tom Hale"), speakers(a));
  }

  @Test
  void anHonorificGivesTheGenderOfANameTheListDoesNotKnow() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ms./NNP Okonkwo/NNP@PERSON Adebayo/NNP@PERSON met/VBD=meet Tom/NNP@PERSON Hale/NNP@PERSON ./.")
        .sentence("She/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .build();
    assertEquals(List.of("She -> Okonkwo Adebayo"), speakers(a));
  }

  @Test
  void aPronounPrefersTheSubjectOfTheSentenceBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON visited/VBD=visit Ivan/NNP@PERSON Petrov/NNP@PERSON ./.",
            "compound(Hale-2, Tom-1) nsubj(visited-3, Hale-2) root(ROOT-0, visited-3) compound(Petrov-5, Ivan-4)"
                + " obj(visited-3, Petrov-5) punct(visited-3, .-6)")
        .sentence("He/PRP said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.")
        .build();
    assertEquals(List.of("He -> Tom Hale"), speakers(a));
  }

  @Test
  void theMinisterIsThePersonIntroducedWithThatTitleNotTheLastPerson() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Trade/NNP@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON visited/VBD=visit the/DT"
            + " port/NN ./.")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON ,/, a/DT banker/NN@TITLE ,/, met/VBD=meet the/DT"
            + " minister/NN@TITLE ./.")
        .sentence("The/DT minister/NN said/VBD=say that/IN exports/NNS=export would/MD rise/VB=rise ./.")
        .build();
    assertEquals(List.of("minister -> Ana Ruiz"), speakers(a));
  }

  @Test
  void aDefiniteTitleNoOneWasIntroducedWithIsTheSubjectOfTheSentenceBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON toured/VBD=tour the/DT port/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(toured-3, Ruiz-2) root(ROOT-0, toured-3) det(port-5, the-4)"
                + " obj(toured-3, port-5) punct(toured-3, .-6)")
        .sentence("The/DT Freedonian/JJ@NATIONALITY senator/NN@TITLE said/VBD=say that/IN exports/NNS=export"
            + " would/MD rise/VB=rise ./.",
            "det(senator-3, The-1) amod(senator-3, Freedonian-2) nsubj(said-4, senator-3) root(ROOT-0, said-4)"
                + " mark(rise-8, that-5) nsubj(rise-8, exports-6) aux(rise-8, would-7) ccomp(said-4, rise-8)"
                + " punct(said-4, .-9)")
        .build();
    assertEquals(List.of("The Freedonian senator -> Ana Ruiz"), speakers(a));
  }

  @Test
  void aDefiniteTitleAfterTwoSubjectsStaysUnresolved() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON toured/VBD=tour the/DT port/NN and/CC Tom/NNP@PERSON"
            + " Hale/NNP@PERSON stayed/VBD=stay ./.",
            "compound(Ruiz-2, Ana-1) nsubj(toured-3, Ruiz-2) root(ROOT-0, toured-3) det(port-5, the-4)"
                + " obj(toured-3, port-5) cc(stayed-9, and-6) compound(Hale-8, Tom-7) nsubj(stayed-9, Hale-8)"
                + " conj(toured-3, stayed-9) punct(toured-3, .-10)")
        .sentence("The/DT senator/NN@TITLE said/VBD=say that/IN exports/NNS=export would/MD rise/VB=rise ./.",
            "det(senator-2, The-1) nsubj(said-3, senator-2) root(ROOT-0, said-3) mark(rise-7, that-4)"
                + " nsubj(rise-7, exports-5) aux(rise-7, would-6) ccomp(said-3, rise-7) punct(said-3, .-8)")
        .build();
    assertEquals(List.of("The senator -> The senator"), speakers(a));
  }

  @Test
  void aPollWithItsOwnNameIsNotTheDocumentAHeadlineNames() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("New/NNP Poll/NNP Shows/NNP Lead/NNP")
        .sentence("The/DT Harbour/NNP Board/NNP poll/NN said/VBD=say that/IN fees/NNS=fee would/MD rise/VB=rise ./.",
            "det(poll-4, The-1) compound(poll-4, Harbour-2) compound(poll-4, Board-3) nsubj(said-5, poll-4)"
                + " root(ROOT-0, said-5) mark(rise-9, that-6) nsubj(rise-9, fees-7) aux(rise-9, would-8)"
                + " ccomp(said-5, rise-9) punct(said-5, .-10)")
        .sentence("The/DT poll/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "det(poll-2, The-1) nsubj(said-3, poll-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("The Harbour Board poll -> The Harbour Board poll", "The poll -> New Poll"),
        speakers(a));
  }

  @Test
  void thePollIsThePollNamedBeforeWithItsAuthor() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("New/NNP Poll/NNP Shows/NNP Lead/NNP")
        .sentence("A/DT Harbour/NNP@ORGANIZATION Board/NNP@ORGANIZATION poll/NN was/VBD=be released/VBN=release ./.",
            "det(poll-4, A-1) compound(poll-4, Harbour-2) compound(poll-4, Board-3) nsubj:pass(released-6, poll-4)"
                + " aux:pass(released-6, was-5) root(ROOT-0, released-6) punct(released-6, .-7)")
        .sentence("The/DT poll/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "det(poll-2, The-1) nsubj(said-3, poll-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("The poll -> A Harbour Board poll"), speakers(a));
  }

  @Test
  void anIndefiniteNominalIsSomeoneNew() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON ,/, an/DT aide/NN@TITLE ,/, arrived/VBD=arrive ./.")
        .sentence("An/DT aide/NN said/VBD=say that/IN exports/NNS=export would/MD rise/VB=rise ./.",
            "det(aide-2, An-1) nsubj(said-3, aide-2) root(ROOT-0, said-3) mark(rise-7, that-4)"
                + " nsubj(rise-7, exports-5) aux(rise-7, would-6) ccomp(said-3, rise-7) punct(said-3, .-8)")
        .build();
    assertEquals(List.of("An aide -> An aide"), speakers(a));
  }

  @Test
  void aCampaignNamedAfterAPersonIsNotThatPerson() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(MEETING)
        .sentence("The/DT Lopez/NNP@PERSON campaign/NN said/VBD=say that/IN turnout/NN rose/VBD=rise ./.",
            "det(campaign-3, The-1) compound(campaign-3, Lopez-2) nsubj(said-4, campaign-3) root(ROOT-0, said-4)"
                + " mark(rose-7, that-5) nsubj(rose-7, turnout-6) ccomp(said-4, rose-7) punct(said-4, .-8)")
        .sentence("The/DT campaign/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "det(campaign-2, The-1) nsubj(said-3, campaign-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("The Lopez campaign -> The Lopez campaign", "The campaign -> The Lopez campaign"),
        speakers(a));
  }

  @Test
  void theCampaignIsTheOneNamedAfterAPersonBeforeNotTheOrganisationQuotedLast() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT Lopez/NNP@PERSON campaign/NN ran/VBD=run ads/NNS=ad ./.",
            "det(campaign-3, The-1) compound(campaign-3, Lopez-2) nsubj(ran-4, campaign-3) root(ROOT-0, ran-4)"
                + " obj(ran-4, ads-5) punct(ran-4, .-6)")
        .sentence("The/DT Harbour/NNP@ORGANIZATION Authority/NNP@ORGANIZATION said/VBD=say that/IN fees/NNS=fee"
            + " would/MD rise/VB=rise ./.")
        .sentence("The/DT campaign/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "det(campaign-2, The-1) nsubj(said-3, campaign-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals("The campaign -> The Lopez campaign", speakers(a).get(1));
  }

  @Test
  void theCampaignIsThatOfTheCandidateMentionedLastAmongThoseWithCampaigns() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT Lopez/NNP@PERSON campaign/NN ran/VBD=run ads/NNS=ad ./.",
            "det(campaign-3, The-1) compound(campaign-3, Lopez-2) nsubj(ran-4, campaign-3) root(ROOT-0, ran-4)"
                + " obj(ran-4, ads-5) punct(ran-4, .-6)")
        .sentence("The/DT Hale/NNP@PERSON campaign/NN ran/VBD=run ads/NNS=ad ./.",
            "det(campaign-3, The-1) compound(campaign-3, Hale-2) nsubj(ran-4, campaign-3) root(ROOT-0, ran-4)"
                + " obj(ran-4, ads-5) punct(ran-4, .-6)")
        .sentence("Lopez/NNP@PERSON plans/VBZ=plan a/DT speech/NN ./.")
        .sentence("The/DT campaign/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "det(campaign-2, The-1) nsubj(said-3, campaign-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("The campaign -> The Lopez campaign"), speakers(a));
  }

  @Test
  void aParentCompanyIsNotTheCompany() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Lund/NNP@ORGANIZATION 's/POS parent/NN company/NN grew/VBD=grow ./.",
            "nmod:poss(company-4, Lund-1) case(Lund-1, 's-2) compound(company-4, parent-3) nsubj(grew-5, company-4)"
                + " root(ROOT-0, grew-5) punct(grew-5, .-6)")
        .sentence("The/DT company/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "det(company-2, The-1) nsubj(said-3, company-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("The company -> The company"), speakers(a));
  }

  @Test
  void herCampaignIsTheCampaignOfTheWomanSheRefersTo() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(MEETING)
        .sentence("Her/PRP$ campaign/NN said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.",
            "nmod:poss(campaign-2, Her-1) nsubj(said-3, campaign-2) root(ROOT-0, said-3) mark(fell-6, that-4)"
                + " nsubj(fell-6, costs-5) ccomp(said-3, fell-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("Her campaign -> Maria Lopez's campaign"), speakers(a));
  }

  @Test
  void anOrganisationNameThatIsOnlyTheNounIsNotTheOrganisation() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Bank/NNP@ORGANIZATION Warns/VBZ=warn On/IN Rates/NNS=rate")
        .sentence("The/DT bank/NN said/VBD=say that/IN rates/NNS=rate would/MD rise/VB=rise ./.",
            "det(bank-2, The-1) nsubj(said-3, bank-2) root(ROOT-0, said-3) mark(rise-7, that-4)"
                + " nsubj(rise-7, rates-5) aux(rise-7, would-6) ccomp(said-3, rise-7) punct(said-3, .-8)")
        .build();
    assertEquals(List.of("The bank -> The bank"), speakers(a));
  }

  @Test
  void aSurnameTheTaggerMissedIsTheFullName() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(MEETING)
        .sentence("Lopez/NN said/VBD=say that/IN exports/NNS=export would/MD rise/VB=rise ./.")
        .build();
    assertEquals(List.of("Lopez -> Maria Lopez"), speakers(a));
  }

  @Test
  void theAddresseeOfToldIsNeverTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON told/VBD=tell reporters/NNS=reporter on/IN Friday/NNP@DATE"
            + " that/IN exports/NNS=export rose/VBD=rise ./.",
            "compound(Ruiz-2, Ana-1) nsubj(told-3, Ruiz-2) root(ROOT-0, told-3) obj(told-3, reporters-4)"
                + " case(Friday-6, on-5) obl(told-3, Friday-6) mark(rose-9, that-7) nsubj(rose-9, exports-8)"
                + " ccomp(told-3, rose-9) punct(told-3, .-10)")
        .build();
    ParsedSentence p = new ParsedSentence(a.sentences().get(0));
    int ruiz = 1;
    assertEquals(ruiz, SpeakerMentions.repairedHead(p, 2, 3, Docs.lexicon().speakers()), "addressee");
    assertEquals(ruiz, SpeakerMentions.repairedHead(p, 2, 5, Docs.lexicon().speakers()), "date");
    assertEquals(ruiz, SpeakerMentions.repairedHead(p, 2, ruiz, Docs.lexicon().speakers()), "subject");
    assertEquals(List.of("Ana Ruiz -> Ana Ruiz"), speakers(a));
  }

  @Test
  void withoutASubjectInTheParseTheNameBeforeTheVerbIsTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, 52/CD ,/, told/VBD=tell me/PRP that/IN exports/NNS=export"
            + " rose/VBD=rise ./.",
            "compound(Ruiz-2, Ana-1) dep(told-6, Ruiz-2) punct(Ruiz-2, ,-3) amod(Ruiz-2, 52-4) punct(Ruiz-2, ,-5)"
                + " root(ROOT-0, told-6) obj(told-6, me-7) mark(rose-10, that-8) nsubj(rose-10, exports-9)"
                + " ccomp(told-6, rose-10) punct(told-6, .-11)")
        .build();
    ParsedSentence p = new ParsedSentence(a.sentences().get(0));
    assertEquals(1, SpeakerMentions.repairedHead(p, 5, 6, Docs.lexicon().speakers()));
  }

  @Test
  void aNounThatDoesNotDenoteAPersonIsNotLinkedToAPersonNearIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON greeted/VBD=greet the/DT crowd/NN ./.")
        .sentence("The/DT crowd/NN said/VBD=say that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.",
            "det(crowd-2, The-1) nsubj(said-3, crowd-2) root(ROOT-0, said-3) mark(reopen-8, that-4)"
                + " det(bridge-6, the-5) nsubj(reopen-8, bridge-6) aux(reopen-8, would-7) ccomp(said-3, reopen-8)"
                + " punct(said-3, .-9)")
        .build();
    assertEquals(List.of("The crowd -> The crowd"), speakers(a));
  }

  @Test
  void aRoleNominalSubjectKeepsItsPersonSalientForALaterPronoun() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Trade/NNP@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON visited/VBD=visit the/DT port/NN ./.",
            "compound(Ruiz-4, Trade-1) compound(Ruiz-4, Minister-2) compound(Ruiz-4, Ana-3) nsubj(visited-5, Ruiz-4)"
                + " root(ROOT-0, visited-5) det(port-7, the-6) obj(visited-5, port-7) punct(visited-5, .-8)")
        .sentence("Maria/NNP@PERSON Lopez/NNP@PERSON opened/VBD=open the/DT market/NN ./.",
            "compound(Lopez-2, Maria-1) nsubj(opened-3, Lopez-2) root(ROOT-0, opened-3) det(market-5, the-4)"
                + " obj(opened-3, market-5) punct(opened-3, .-6)")
        .sentence("The/DT minister/NN@TITLE left/VBD=leave early/RB ./.",
            "det(minister-2, The-1) nsubj(left-3, minister-2) root(ROOT-0, left-3) advmod(left-3, early-4)"
                + " punct(left-3, .-5)")
        .sentence("She/PRP said/VBD=say that/IN exports/NNS=export would/MD rise/VB=rise ./.")
        .build();
    assertEquals(List.of("She -> Ana Ruiz"), speakers(a));
  }

  @Test
  void theModifierBeforeATitleTellsTwoMinistersApart() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ruritanian/JJ@NATIONALITY Trade/NNP@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " met/VBD=meet Freedonian/JJ@NATIONALITY Trade/NNP@TITLE Minister/NNP@TITLE Maria/NNP@PERSON"
            + " Lopez/NNP@PERSON ./.")
        .sentence("The/DT Ruritanian/JJ@NATIONALITY minister/NN@TITLE said/VBD=say that/IN exports/NNS=export"
            + " would/MD rise/VB=rise ./.",
            "det(minister-3, The-1) amod(minister-3, Ruritanian-2) nsubj(said-4, minister-3) root(ROOT-0, said-4)"
                + " mark(rise-8, that-5) nsubj(rise-8, exports-6) aux(rise-8, would-7) ccomp(said-4, rise-8)"
                + " punct(said-4, .-9)")
        .build();
    assertEquals(List.of("The Ruritanian minister -> Ana Ruiz"), speakers(a));
  }

  @Test
  void aStatementWithAnOwnerIsTheOwners() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(MEETING)
        .sentence("His/PRP$ statement/NN said/VBD=say that/IN exports/NNS=export would/MD rise/VB=rise ./.",
            "nmod:poss(statement-2, His-1) nsubj(said-3, statement-2) root(ROOT-0, said-3) mark(rise-7, that-4)"
                + " nsubj(rise-7, exports-5) aux(rise-7, would-6) ccomp(said-3, rise-7) punct(said-3, .-8)")
        .build();
    assertEquals(List.of("His statement -> Tom Hale"), speakers(a));
  }

  @Test
  void anIndefiniteOrganisationNominalIsNotTheOrganisationQuotedBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT Harbour/NNP@ORGANIZATION Authority/NNP@ORGANIZATION said/VBD=say that/IN fees/NNS=fee"
            + " would/MD rise/VB=rise ./.")
        .sentence("A/DT local/JJ group/NN said/VBD=say that/IN fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(group-3, A-1) amod(group-3, local-2) nsubj(said-4, group-3) root(ROOT-0, said-4) mark(fall-8, that-5)"
                + " nsubj(fall-8, fees-6) aux(fall-8, would-7) ccomp(said-4, fall-8) punct(said-4, .-9)")
        .build();
    assertEquals("A local group -> A local group", speakers(a).get(1));
  }

  @Test
  void aFemaleHonorificTakesTheSurnameFromTheManToTheWomanOfThatSurname() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Anna/NNP@PERSON Hale/NNP@PERSON and/CC Tom/NNP@PERSON Hale/NNP@PERSON opened/VBD=open the/DT"
            + " shop/NN ./.")
        .sentence("Mrs./NNP Hale/NNP@PERSON said/VBD=say that/IN sales/NNS=sale rose/VBD=rise ./.",
            "compound(Hale-2, Mrs.-1) nsubj(said-3, Hale-2) root(ROOT-0, said-3) mark(rose-6, that-4)"
                + " nsubj(rose-6, sales-5) ccomp(said-3, rose-6) punct(said-3, .-7)")
        .sentence("Mrs./NNP Hale/NNP@PERSON greeted/VBD=greet the/DT crowd/NN ./.",
            "compound(Hale-2, Mrs.-1) nsubj(greeted-3, Hale-2) root(ROOT-0, greeted-3) det(crowd-5, the-4)"
                + " obj(greeted-3, crowd-5) punct(greeted-3, .-6)")
        .sentence("She/PRP said/VBD=say that/IN costs/NNS=cost fell/VBD=fall ./.")
        .build();
    assertEquals(List.of("Hale -> Anna Hale", "She -> Anna Hale"), speakers(a));
  }

  @Test
  void anHonorificWithoutANamesakeIsKeptWithTheSurnameOnlyWhenTwoPeopleWereMerged() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON opened/VBD=open the/DT shop/NN ./.")
        .sentence("Mrs./NNP Hale/NNP@PERSON said/VBD=say that/IN sales/NNS=sale rose/VBD=rise ./.",
            "compound(Hale-2, Mrs.-1) nsubj(said-3, Hale-2) root(ROOT-0, said-3) mark(rose-6, that-4)"
                + " nsubj(rose-6, sales-5) ccomp(said-3, rose-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("Hale -> Tom Hale"), speakers(a), "a first-name list can be wrong");
    AnnotatedArticle merged = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON opened/VBD=open the/DT shop/NN ./.")
        .sentence("Mr./NNP Hale/NNP@PERSON left/VBD=leave ./.")
        .sentence("Mrs./NNP Hale/NNP@PERSON said/VBD=say that/IN sales/NNS=sale rose/VBD=rise ./.",
            "compound(Hale-2, Mrs.-1) nsubj(said-3, Hale-2) root(ROOT-0, said-3) mark(rose-6, that-4)"
                + " nsubj(rose-6, sales-5) ccomp(said-3, rose-6) punct(said-3, .-7)")
        .build();
    assertEquals(List.of("Hale -> Mrs. Hale"), speakers(merged));
  }

  @Test
  void aRelativeWhoAfterAPlaceIsThePersonThePlaceModifies() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Senator/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON of/IN Freedonia/NNP@LOCATION ,/, who/WP"
            + " said/VBD=say that/IN taxes/NNS=tax rose/VBD=rise ,/, left/VBD=leave ./.",
            "compound(Ruiz-3, Senator-1) compound(Ruiz-3, Ana-2) nsubj(left-13, Ruiz-3) case(Freedonia-5, of-4)"
                + " nmod(Ruiz-3, Freedonia-5) punct(Freedonia-5, ,-6) nsubj(said-8, who-7)"
                + " parataxis(left-13, said-8) mark(rose-11, that-9) nsubj(rose-11, taxes-10)"
                + " ccomp(said-8, rose-11) punct(left-13, ,-12) root(ROOT-0, left-13) punct(left-13, .-14)")
        .build();
    Document d = ENTITIES.apply(Document.of(a));
    SpeakerResolver resolver = new SpeakerResolver(a, d.entities(), Docs.lexicon().quotes(), Docs.lexicon().speakers());
    Token who = a.sentences().get(0).tokens().get(6);
    assertEquals("Ana Ruiz", resolver.resolve(who.span(), who, List.of()));
  }
}
