package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fifth round: nested closing quotation marks before a trailing attribution, a trailing
 * subject with an apposition, "according to X" in mid-sentence,
 * a that-clause after an addressee, a participle right after
 * its speaker ("with 40 percent of voters saying", "by saying"), a quotation after "wrote,",
 * and the upper-case labels of a transcript ("Q:", "A:").
 */
class FifthRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aNestedQuoteClosingBeforeTheAttributionStillEndsTheContent() {
    assertEquals(List.of("direct | ''They told us, `Wait,'' | Ana Ruiz | said"),
        one("''/`` They/PRP told/VBD=tell us/PRP ,/, `/`` Wait/VB=wait ,/, '/'' ''/'' said/VBD=say"
            + " Ana/NNP@PERSON Ruiz/NNP@PERSON ./."));
  }

  private static final String APPOSED = "compound(Ruiz-5, Ana-4) nsubj(said-11, Ruiz-5) punct(Ruiz-5, ,-6)"
      + " det(chair-9, the-7) compound(chair-9, board-8) appos(Ruiz-5, chair-9) punct(Ruiz-5, ,-10)"
      + " root(ROOT-0, said-11) punct(said-11, .-12)";

  @Test
  void aTrailingSubjectWithAnAppositionEndsTheQuotedContent() {
    assertEquals(List.of("direct | \"We wait,\" | Ana Ruiz | said"),
        one("\"/`` We/PRP wait/VBP=wait ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT board/NN chair/NN ,/,"
            + " said/VBD=say ./.", "nsubj(wait-3, We-2) dep(said-13, wait-3) compound(Ruiz-7, Ana-6) nsubj(said-13, Ruiz-7)"
                + " punct(Ruiz-7, ,-8) det(chair-11, the-9) compound(chair-11, board-10) appos(Ruiz-7, chair-11)"
                + " punct(Ruiz-7, ,-12) root(ROOT-0, said-13) punct(said-13, .-14)"));
  }

  @Test
  void aFrontedAdjunctBeforeAnApposedSubjectIsNoContent() {
    assertEquals(List.of(),
        one("On/IN Monday/NNP@DATE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, the/DT board/NN chair/NN ,/,"
            + " said/VBD=say ./.", "case(Monday-2, On-1) obl(said-11, Monday-2) punct(said-11, ,-3) " + APPOSED));
  }

  @Test
  void accordingToInsideAClauseKeepsTheWholeSentence() {
    assertEquals(List.of("indirect | Most voters, according to the poll, back the plan | the poll | according to"),
        one("Most/JJS voters/NNS=voter ,/, according/VBG=accord to/IN the/DT poll/NN ,/, back/VBP=back the/DT plan/NN ./.",
            "amod(voters-2, Most-1) nsubj(back-9, voters-2) punct(back-9, ,-3) case(poll-7, according-4)"
                + " fixed(according-4, to-5) det(poll-7, the-6) obl(back-9, poll-7) punct(back-9, ,-8)"
                + " root(ROOT-0, back-9) det(plan-11, the-10) obj(back-9, plan-11) punct(back-9, .-12)"));
  }

  @Test
  void accordingToAfterAnAdjunctQuotesWhatFollows() {
    assertEquals(List.of("indirect | most voters back the plan | the poll | according to"),
        one("In/IN addition/NN ,/, according/VBG=accord to/IN the/DT poll/NN ,/, most/JJS voters/NNS=voter"
                + " back/VBP=back the/DT plan/NN ./.",
            "case(addition-2, In-1) obl(back-11, addition-2) punct(back-11, ,-3) case(poll-7, according-4)"
                + " fixed(according-4, to-5) det(poll-7, the-6) obl(back-11, poll-7) punct(back-11, ,-8)"
                + " amod(voters-10, most-9) nsubj(back-11, voters-10) root(ROOT-0, back-11) det(plan-13, the-12)"
                + " obj(back-11, plan-13) punct(back-11, .-14)"));
  }

  @Test
  void aThatClauseAfterTheAddresseeIsNoTailOfAnInvertedAttribution() {
    assertEquals(List.of("indirect | the site, a shop, was not \"prepared for the traffic | Ruiz | told"),
        one("Ruiz/NNP@PERSON ,/, who/WP lives/VBZ=live here/RB ,/, told/VBD=tell the/DT Daily/NNP@ORGANIZATION"
            + " Post/NNP@ORGANIZATION that/IN the/DT site/NN ,/, a/DT shop/NN ,/, was/VBD=be not/RB \"/``"
            + " prepared/VBN=prepare for/IN the/DT traffic/NN ./.",
            "nsubj(told-7, Ruiz-1) punct(Ruiz-1, ,-2) nsubj(lives-4, who-3) acl:relcl(Ruiz-1, lives-4)"
                + " advmod(lives-4, here-5) punct(Ruiz-1, ,-6) root(ROOT-0, told-7) det(Post-10, the-8)"
                + " compound(Post-10, Daily-9) obj(told-7, Post-10) mark(prepared-21, that-11) det(site-13, the-12)"
                + " nsubj:pass(prepared-21, site-13) punct(site-13, ,-14) det(shop-16, a-15) appos(site-13, shop-16)"
                + " punct(site-13, ,-17) aux:pass(prepared-21, was-18) advmod(prepared-21, not-19)"
                + " punct(prepared-21, \"-20) ccomp(told-7, prepared-21) case(traffic-24, for-22)"
                + " det(traffic-24, the-23) obl(prepared-21, traffic-24) punct(told-7, .-25)"));
  }

  @Test
  void aParticipleRightAfterANounQuotesWithTheNounAsSpeaker() {
    assertEquals(List.of("indirect | they back the plan | voters | saying"),
        one("Ruiz/NNP@PERSON leads/VBZ=lead ,/, with/IN 40/CD@PERCENT percent/NN@PERCENT of/IN voters/NNS=voter"
                + " saying/VBG=say they/PRP back/VBP=back the/DT plan/NN ./.",
            "nsubj(leads-2, Ruiz-1) root(ROOT-0, leads-2) punct(leads-2, ,-3) case(percent-6, with-4)"
                + " nummod(percent-6, 40-5) obl(back-11, percent-6) case(voters-8, of-7) nmod(percent-6, voters-8)"
                + " discourse(back-11, saying-9) nsubj(back-11, they-10) parataxis(leads-2, back-11)"
                + " det(plan-13, the-12) obj(back-11, plan-13) punct(leads-2, .-14)"));
  }

  @Test
  void byAParticipleTheClausesSubjectSpeaks() {
    assertEquals(List.of("indirect | the vote would wait | Ana Ruiz | saying"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON closed/VBD=close by/IN saying/VBG=say the/DT vote/NN would/MD"
                + " wait/VB=wait ./.",
            "compound(Ruiz-2, Ana-1) nsubj(closed-3, Ruiz-2) root(ROOT-0, closed-3) case(saying-5, by-4)"
                + " obl(wait-9, saying-5) det(vote-7, the-6) nsubj(wait-9, vote-7) aux(wait-9, would-8)"
                + " parataxis(closed-3, wait-9) punct(closed-3, .-10)"));
  }

  @Test
  void aParticipleWithoutAClauseOrAddingANumberIsNoQuote() {
    assertEquals(List.of(),
        one("The/DT firm/NN grew/VBD=grow ,/, with/IN the/DT plant/NN adding/VBG=add 300/CD@NUMBER jobs/NNS=job"
                + " that/WDT pay/VBP=pay well/RB ./.",
            "det(firm-2, The-1) nsubj(grew-3, firm-2) root(ROOT-0, grew-3) punct(grew-3, ,-4) mark(adding-8, with-5)"
                + " det(plant-7, the-6) nsubj(adding-8, plant-7) advcl(grew-3, adding-8) nummod(jobs-10, 300-9)"
                + " obj(adding-8, jobs-10) nsubj(pay-12, that-11) acl:relcl(jobs-10, pay-12) advmod(pay-12, well-13)"
                + " punct(grew-3, .-14)"));
  }

  @Test
  void aVerbNeedingThatTakesAQuotationAfterItsComma() {
    assertEquals(List.of("direct | \"We will wait.\" | Ana Ruiz | wrote"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON wrote/VBD=write ,/, \"/`` We/PRP will/MD wait/VB=wait ./. \"/''",
            "compound(Ruiz-2, Ana-1) nsubj(wrote-3, Ruiz-2) root(ROOT-0, wrote-3) punct(wrote-3, ,-4)"
                + " punct(wait-8, \"-5) nsubj(wait-8, We-6) aux(wait-8, will-7) parataxis(wrote-3, wait-8)"
                + " punct(wait-8, .-9) punct(wait-8, \"-10)"));
  }

  @Test
  void upperCaseLabelsOfATranscriptIntroduceTheirLines() {
    assertEquals(List.of("indirect | Why does the vote wait? | Q | :", "indirect | The report is late | A | :"),
        described(Docs.article("2019-03-14")
            .sentence("Q/NN :/: Why/WRB does/VBZ=do the/DT vote/NN wait/VB=wait ?/.").paragraph()
            .sentence("A/DT :/: The/DT report/NN is/VBZ=be late/JJ ./.").build()));
  }

  @Test
  void oneUpperCaseLabelIsNoTranscript() {
    assertEquals(List.of(),
        described(Docs.article("2019-03-14").sentence("UPDATE/NN :/: The/DT report/NN is/VBZ=be late/JJ ./.").build()));
  }
}
