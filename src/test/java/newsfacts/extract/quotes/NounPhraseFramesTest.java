package newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Speech acts with noun-phrase content (scheme v1.2), curly quotation marks and non-reporting senses. */
class NounPhraseFramesTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());

  /** Each quote as "kind | content | speaker mention | cue". */
  static List<String> described(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.kind().label() + " | " + q.text() + " | " + q.speakerText() + " | " + q.cue()).toList();
  }

  private static List<String> one(String tokens, String parse) {
    Docs.Builder article = Docs.article("2019-03-14");
    return described((parse.isEmpty() ? article.sentence(tokens) : article.sentence(tokens, parse)).build());
  }

  @Test
  void aDeniedObjectIsTheContent() {
    assertEquals(List.of("indirect | the new charges | The mayor | denied"),
        one("The/DT mayor/NN denied/VBD=deny the/DT new/JJ charges/NNS=charge ./.",
            "det(mayor-2, The-1) nsubj(denied-3, mayor-2) root(ROOT-0, denied-3) det(charges-6, the-4)"
                + " amod(charges-6, new-5) obj(denied-3, charges-6) punct(denied-3, .-7)"));
  }

  @Test
  void calledTheObjectSomethingKeepsTheSmallClause() {
    assertEquals(List.of("indirect | the deal a disaster | The senator | called"),
        one("The/DT senator/NN called/VBD=call the/DT deal/NN a/DT disaster/NN ./.",
            "det(senator-2, The-1) nsubj(called-3, senator-2) root(ROOT-0, called-3) det(deal-5, the-4)"
                + " obj(called-3, deal-5) det(disaster-7, a-6) xcomp(called-3, disaster-7) punct(called-3, .-8)"));
  }

  @Test
  void calledWithTheObjectParsedAsTheSubjectOfASmallClauseKeepsTheClause() {
    assertEquals(List.of("indirect | the deal a disaster | The senator | called"),
        one("The/DT senator/NN called/VBD=call the/DT deal/NN a/DT disaster/NN ./.",
            "det(senator-2, The-1) nsubj(called-3, senator-2) root(ROOT-0, called-3) det(deal-5, the-4)"
                + " nsubj(disaster-7, deal-5) det(disaster-7, a-6) xcomp(called-3, disaster-7) punct(called-3, .-8)"));
  }

  @Test
  void calledWithTheComplementHungOnTheObjectKeepsIt() {
    assertEquals(List.of("indirect | the deal a disaster | The senator | called"),
        one("The/DT senator/NN called/VBD=call the/DT deal/NN a/DT disaster/NN ./.",
            "det(senator-2, The-1) nsubj(called-3, senator-2) root(ROOT-0, called-3) det(deal-5, the-4)"
                + " obj(called-3, deal-5) det(disaster-7, a-6) dep(deal-5, disaster-7) punct(called-3, .-8)"));
  }

  @Test
  void calledWithAClauseThatIsNotASmallClauseIsNoQuote() {
    // "called home to say goodbye": the clause after the verb has no object inside it
    assertEquals(List.of(),
        one("The/DT senator/NN called/VBD=call home/RB early/RB ./.",
            "det(senator-2, The-1) nsubj(called-3, senator-2) root(ROOT-0, called-3)"
                + " xcomp(called-3, home-4) advmod(home-4, early-5) punct(called-3, .-6)"));
  }

  @Test
  void callingSomeoneWithoutAComplementIsNoQuote() {
    assertEquals(List.of(),
        one("The/DT senator/NN called/VBD=call the/DT governor/NN ./.",
            "det(senator-2, The-1) nsubj(called-3, senator-2) root(ROOT-0, called-3) det(governor-5, the-4)"
                + " obj(called-3, governor-5) punct(called-3, .-6)"));
  }

  @Test
  void praisedTheObjectAsSomethingKeepsTheAsPhrase() {
    assertEquals(List.of("indirect | the nurses as heroes | She | praised"),
        one("She/PRP praised/VBD=praise the/DT nurses/NNS=nurse as/IN heroes/NNS=hero ./.",
            "nsubj(praised-2, She-1) root(ROOT-0, praised-2) det(nurses-4, the-3) obj(praised-2, nurses-4)"
                + " case(heroes-6, as-5) obl(praised-2, heroes-6) punct(praised-2, .-7)"));
  }

  @Test
  void aPassiveSpeechActIsSpokenByItsByPhrase() {
    assertEquals(List.of("indirect | The toll plan | the council | denounced"),
        one("The/DT toll/NN plan/NN was/VBD=be denounced/VBN=denounce by/IN the/DT council/NN ./.",
            "det(plan-3, The-1) compound(plan-3, toll-2) nsubj:pass(denounced-5, plan-3)"
                + " aux:pass(denounced-5, was-4) root(ROOT-0, denounced-5) case(council-8, by-6)"
                + " det(council-8, the-7) obl(denounced-5, council-8) punct(denounced-5, .-9)"));
  }

  @Test
  void warningOfSomethingMakesItTheContent() {
    assertEquals(List.of("indirect | long school delays | He | warned"),
        one("He/PRP warned/VBD=warn of/IN long/JJ school/NN delays/NNS=delay ./.",
            "nsubj(warned-2, He-1) root(ROOT-0, warned-2) case(delays-6, of-3) amod(delays-6, long-4)"
                + " compound(delays-6, school-5) obl(warned-2, delays-6) punct(warned-2, .-7)"));
  }

  @Test
  void talkingAboutATopicStatesNoPosition() {
    assertEquals(List.of(),
        one("He/PRP talked/VBD=talk about/IN the/DT school/NN budget/NN ./.",
            "nsubj(talked-2, He-1) root(ROOT-0, talked-2) case(budget-6, about-3) det(budget-6, the-4)"
                + " compound(budget-6, school-5) obl(talked-2, budget-6) punct(talked-2, .-7)"));
  }

  @Test
  void aReportingVerbWithAQuantityObjectIsNoReport() {
    assertEquals(List.of(),
        one("The/DT factory/NN has/VBZ=have added/VBN=add 300/CD@NUMBER jobs/NNS=job ./.",
            "det(factory-2, The-1) nsubj(added-4, factory-2) aux(added-4, has-3) root(ROOT-0, added-4)"
                + " nummod(jobs-6, 300-5) obj(added-4, jobs-6) punct(added-4, .-7)"));
  }

  @Test
  void aCurlyClosingQuoteBeforeTheSpeakerIsATrailingAttribution() {
    assertEquals(List.of("direct | \u201CWe will wait,\u201D | mayor | wrote"),
        one("\u201C/`` We/PRP will/MD wait/VB=wait ,/, \u201D/'' the/DT mayor/NN wrote/VBD=write ./.", ""));
  }

  @Test
  void aStatementSayingSomethingIsSpokenByWhoeverIssuedIt() {
    assertEquals(List.of("indirect | the strike would go on | The union | saying"),
        one("The/DT union/NN issued/VBD=issue a/DT statement/NN saying/VBG=say the/DT strike/NN would/MD"
                + " go/VB=go on/RP ./.",
            "det(union-2, The-1) nsubj(issued-3, union-2) root(ROOT-0, issued-3) det(statement-5, a-4)"
                + " obj(issued-3, statement-5) acl(statement-5, saying-6) det(strike-8, the-7)"
                + " nsubj(go-10, strike-8) aux(go-10, would-9) ccomp(saying-6, go-10) compound:prt(go-10, on-11)"
                + " punct(issued-3, .-12)"));
  }

  @Test
  void aCoordinatedReportingVerbEndsTheFirstContent() {
    assertEquals(List.of("indirect | taxes would stay low | She | said",
            "indirect | to repair the bridge | She | promised"),
        one("She/PRP said/VBD=say taxes/NNS=tax would/MD stay/VB=stay low/JJ and/CC promised/VBD=promise"
                + " to/TO repair/VB=repair the/DT bridge/NN ./.",
            "nsubj(said-2, She-1) root(ROOT-0, said-2) nsubj(stay-5, taxes-3) aux(stay-5, would-4)"
                + " ccomp(said-2, stay-5) xcomp(stay-5, low-6) cc(promised-8, and-7) conj(said-2, promised-8)"
                + " mark(repair-10, to-9) xcomp(promised-8, repair-10) det(bridge-12, the-11)"
                + " obj(repair-10, bridge-12) punct(said-2, .-13)"));
  }

  @Test
  void aPollThatFoundSomethingReportsIt() {
    assertEquals(List.of("indirect | most voters favour the bridge | The poll | found"),
        one("The/DT poll/NN found/VBD=find that/IN most/JJS voters/NNS=voter favour/VBP=favour the/DT bridge/NN ./.",
            "det(poll-2, The-1) nsubj(found-3, poll-2) root(ROOT-0, found-3) mark(favour-7, that-4)"
                + " amod(voters-6, most-5) nsubj(favour-7, voters-6) ccomp(found-3, favour-7) det(bridge-9, the-8)"
                + " obj(favour-7, bridge-9) punct(found-3, .-10)"));
  }

  @Test
  void aPersonWhoFoundSomethingReportsNothing() {
    assertEquals(List.of(),
        one("The/DT mayor/NN found/VBD=find that/IN most/JJS voters/NNS=voter favour/VBP=favour the/DT bridge/NN ./.",
            "det(mayor-2, The-1) nsubj(found-3, mayor-2) root(ROOT-0, found-3) mark(favour-7, that-4)"
                + " amod(voters-6, most-5) nsubj(favour-7, voters-6) ccomp(found-3, favour-7) det(bridge-9, the-8)"
                + " obj(favour-7, bridge-9) punct(found-3, .-10)"));
  }

  @Test
  void anAdjunctBetweenTheVerbAndThatStaysOutOfTheContent() {
    assertEquals(List.of("indirect | the bridge would reopen | She | wrote"),
        one("She/PRP wrote/VBD=write in/IN an/DT essay/NN that/IN the/DT bridge/NN would/MD reopen/VB=reopen ./.",
            "nsubj(wrote-2, She-1) root(ROOT-0, wrote-2) case(essay-5, in-3) det(essay-5, an-4) obl(wrote-2, essay-5)"
                + " mark(reopen-10, that-6) det(bridge-8, the-7) nsubj(reopen-10, bridge-8) aux(reopen-10, would-9)"
                + " ccomp(wrote-2, reopen-10) punct(wrote-2, .-11)"));
  }

  @Test
  void theClauseAnAsClauseModifiesIsItsContent() {
    assertEquals(List.of("indirect | fares rose again | the agency | noted"),
        one("As/IN the/DT agency/NN noted/VBD=note on/IN Monday/NNP@DATE ,/, fares/NNS=fare rose/VBD=rise again/RB ./.",
            "mark(noted-4, As-1) det(agency-3, the-2) nsubj(noted-4, agency-3) advcl(rose-9, noted-4)"
                + " case(Monday-6, on-5) obl(noted-4, Monday-6) punct(rose-9, ,-7) nsubj(rose-9, fares-8)"
                + " root(ROOT-0, rose-9) advmod(rose-9, again-10) punct(rose-9, .-11)"));
  }

  @Test
  void aSpeechVerbWithOnlyAPlaceOrOutletReportsNothing() {
    assertEquals(List.of(),
        one("The/DT mayor/NN spoke/VBD=speak at/IN the/DT harbour/NN forum/NN ./.",
            "det(mayor-2, The-1) nsubj(spoke-3, mayor-2) root(ROOT-0, spoke-3) case(forum-7, at-4) det(forum-7, the-5)"
                + " compound(forum-7, harbour-6) obl(spoke-3, forum-7) punct(spoke-3, .-8)"));
  }

  @Test
  void theAddresseeOfToldStaysOutOfTheContent() {
    assertEquals(List.of("indirect | the bridge would reopen | She | told"),
        one("She/PRP told/VBD=tell reporters/NNS=reporter the/DT bridge/NN would/MD reopen/VB=reopen ./.",
            "nsubj(told-2, She-1) root(ROOT-0, told-2) obj(told-2, reporters-3) det(bridge-5, the-4)"
                + " nsubj(reopen-7, bridge-5) aux(reopen-7, would-6) ccomp(told-2, reopen-7) punct(told-2, .-8)"));
  }

  @Test
  void aClauseMisreadAsAnObjectStillReports() {
    assertEquals(List.of("indirect | the members should meet twice a year | She | suggested"),
        one("She/PRP suggested/VBD=suggest the/DT members/NNS=member should/MD meet/VB=meet twice/RB a/DT year/NN ./.",
            "nsubj(suggested-2, She-1) root(ROOT-0, suggested-2) det(members-4, the-3) obj(suggested-2, members-4)"
                + " aux(meet-6, should-5) dep(suggested-2, meet-6) advmod(meet-6, twice-7) det(year-9, a-8)"
                + " obl(meet-6, year-9) punct(suggested-2, .-10)"));
  }
}
