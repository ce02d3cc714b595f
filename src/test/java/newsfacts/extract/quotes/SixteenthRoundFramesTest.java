package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, sixteenth round: headline labels "Source: claim" whose source the tagger misreads in title
 * case but the article has speak elsewhere, and labels with the addressee or topic after the source
 * ("Source on Topic: claim", "Source to Addressee: claim"); an as-clause ("as she wrote in her memo", "as she
 * told the council", "as she put it") whose verb a surface pattern read with its adjunct or addressee as the content;
 * a clause before "X said" that ends in a quotation mark; a reporting clause after a colon that the parse hung
 * on the phrase before the colon; a reported clause whose subject is a long phrase.
 */
class SixteenthRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  /** "Soto said the bridge is safe." */
  private static final String SOTO_SAID = "Soto/NNP said/VBD=say the/DT bridge/NN is/VBZ=be safe/JJ ./.";
  private static final String SOTO_SAID_PARSE = "root(ROOT-0, said-2) nsubj(said-2, Soto-1) det(bridge-4, the-3)"
      + " nsubj(safe-6, bridge-4) cop(safe-6, is-5) ccomp(said-2, safe-6) punct(said-2, .-7)";
  private static final String STORY = "Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak on/IN Monday/NNP@DATE ./.";

  @Test
  void aLabelTheTaggerMisreadsIsTheSourceWhenTheArticleHasItSpeak() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Rush/JJ Soto/NN :/: Bridge/NNP Will/MD Wait/VB=wait")
        .paragraph()
        .sentence(SOTO_SAID, SOTO_SAID_PARSE)
        .build();
    assertEquals(List.of("indirect | Bridge Will Wait | Soto | :", "indirect | the bridge is safe | Soto | said"),
        described(a));
  }

  @Test
  void aLabelTheArticleNeverHasSpeakIsNoSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Bridge/NN Watch/NN :/: Bridge/NNP Will/MD Wait/VB=wait")
        .paragraph()
        .sentence(SOTO_SAID, SOTO_SAID_PARSE)
        .build();
    assertEquals(List.of("indirect | the bridge is safe | Soto | said"), described(a));
  }

  @Test
  void aSourceOnATopicHeadsTheLabel() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ruiz/NNP@PERSON on/IN Ferry/NNP Fares/NNPS :/: No/DT Reason/NN To/TO Raise/VB=raise Them/PRP")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of("indirect | No Reason To Raise Them | Ruiz | :"), described(a));
  }

  @Test
  void aSourceToAnAddresseeHeadsTheLabelWhenTheArticleHasItSpeak() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Soto/NNP to/TO Freedonian/NNP Drivers/NNPS :/: Tolls/NNS=toll Will/MD Stay/VB=stay")
        .paragraph()
        .sentence(SOTO_SAID, SOTO_SAID_PARSE)
        .build();
    assertEquals(List.of("indirect | Tolls Will Stay | Soto | :", "indirect | the bridge is safe | Soto | said"),
        described(a));
  }

  @Test
  void aPlaceBeforeATopicIsNoSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Freedonia/NNP@COUNTRY on/IN Ferry/NNP Fares/NNPS :/: No/DT Reason/NN To/TO Raise/VB=raise Them/PRP")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of(), described(a));
  }

  @Test
  void anAsClauseWithAnAdjunctReportsTheClauseAfterIt() {
    assertEquals(List.of("indirect | taxes rose | Ana Ruiz | wrote"),
        one("In/IN May/NNP@DATE ,/, as/IN Ana/NNP@PERSON Ruiz/NNP@PERSON wrote/VBD=write in/IN her/PRP$=she memo/NN ,/,"
                + " taxes/NNS=tax rose/VBD=rise ./.",
            "root(ROOT-0, rose-13) case(May-2, In-1) obl(rose-13, May-2) punct(rose-13, ,-3) mark(wrote-7, as-4)"
                + " compound(Ruiz-6, Ana-5) nsubj(wrote-7, Ruiz-6) advcl(rose-13, wrote-7) case(memo-10, in-8)"
                + " nmod:poss(memo-10, her-9) obl(wrote-7, memo-10) punct(rose-13, ,-11) nsubj(rose-13, taxes-12)"
                + " punct(rose-13, .-14)"));
  }

  @Test
  void anAsClauseWithAnAddresseeReportsTheClauseItModifies() {
    assertEquals(List.of("indirect | the port is safe | Ana Ruiz | told"),
        one("As/IN Ana/NNP@PERSON Ruiz/NNP@PERSON told/VBD=tell the/DT council/NN ,/, the/DT port/NN is/VBZ=be safe/JJ ./.",
            "root(ROOT-0, safe-11) mark(told-4, As-1) compound(Ruiz-3, Ana-2) nsubj(told-4, Ruiz-3) advcl(safe-11, told-4)"
                + " det(council-6, the-5) obj(told-4, council-6) punct(safe-11, ,-7) det(port-9, the-8) nsubj(safe-11, port-9)"
                + " cop(safe-11, is-10) punct(safe-11, .-12)"));
  }

  @Test
  void anAsClauseWithAnObjectIsATimeNotASource() {
    List<String> quotes = one("As/IN Ana/NNP@PERSON Ruiz/NNP@PERSON announced/VBD=announce her/PRP$=she bid/NN ,/, the/DT"
            + " crowd/NN cheered/VBD=cheer ./.",
        "root(ROOT-0, cheered-10) mark(announced-4, As-1) compound(Ruiz-3, Ana-2) nsubj(announced-4, Ruiz-3)"
            + " advcl(cheered-10, announced-4) nmod:poss(bid-6, her-5) obj(announced-4, bid-6) punct(cheered-10, ,-7)"
            + " det(crowd-9, the-8) nsubj(cheered-10, crowd-9) punct(cheered-10, .-11)");
    assertEquals(List.of(), quotes.stream().filter(q -> q.contains("cheered")).toList());
  }

  @Test
  void anAsClauseWithAnInfinitiveIsNoReport() {
    List<String> quotes = one("As/IN costs/NNS=cost threaten/VBP=threaten to/TO rise/VB=rise ,/, the/DT board/NN met/VBD=meet ./.",
        "root(ROOT-0, met-9) mark(threaten-3, As-1) nsubj(threaten-3, costs-2) advcl(met-9, threaten-3) mark(rise-5, to-4)"
            + " xcomp(threaten-3, rise-5) punct(met-9, ,-6) det(board-8, the-7) nsubj(met-9, board-8) punct(met-9, .-10)");
    assertEquals(List.of(), quotes.stream().filter(q -> q.contains("board met")).toList());
  }

  @Test
  void putItInAnAsClauseReportsTheClauseAfterIt() {
    assertEquals(List.of("indirect | the port is safe | Ana Ruiz | put"),
        one("As/IN Ana/NNP@PERSON Ruiz/NNP@PERSON put/VBD=put it/PRP ,/, the/DT port/NN is/VBZ=be safe/JJ ./.",
            "root(ROOT-0, safe-10) mark(put-4, As-1) compound(Ruiz-3, Ana-2) nsubj(put-4, Ruiz-3) advcl(safe-10, put-4)"
                + " obj(put-4, it-5) punct(safe-10, ,-6) det(port-8, the-7) nsubj(safe-10, port-8) cop(safe-10, is-9)"
                + " punct(safe-10, .-11)"));
  }

  @Test
  void putWithAnObjectOutsideAnAsClauseIsNoReport() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON put/VBD=put it/PRP on/IN the/DT table/NN ./.",
            "root(ROOT-0, put-3) compound(Ruiz-2, Ana-1) nsubj(put-3, Ruiz-2) obj(put-3, it-4) case(table-7, on-5)"
                + " det(table-7, the-6) obl(put-3, table-7) punct(put-3, .-8)"));
  }

  @Test
  void aClauseBeforeTheSpeakerRunsPastAClosingQuotationMark() {
    // 'Ana Ruiz "is the best candidate," retired general Eva Soto said.' with the first mark tagged as a closing one
    assertEquals(List.of("mixed | Ana Ruiz\" is the best candidate,\" | Eva Soto | said"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON \"/'' is/VBZ=be the/DT best/JJS=good candidate/NN ,/, \"/'' retired/VBN=retire"
                + " general/NNP Eva/NNP@PERSON Soto/NNP@PERSON said/VBD=say ./.",
            "root(ROOT-0, candidate-7) compound(Ruiz-2, Ana-1) nsubj(candidate-7, Ruiz-2) punct(candidate-7, \"-3)"
                + " cop(candidate-7, is-4) det(candidate-7, the-5) amod(candidate-7, best-6) punct(candidate-7, ,-8)"
                + " punct(said-14, \"-9) amod(Soto-13, retired-10) compound(Soto-13, general-11) compound(Soto-13, Eva-12)"
                + " nsubj(said-14, Soto-13) ccomp(candidate-7, said-14) punct(candidate-7, .-15)"));
  }

  @Test
  void aReportingClauseAfterAColonReportsItsOwnClauseNotThePhraseBeforeTheColon() {
    // "Anger with fares: ferry users say the operators have been too greedy." with "say" hung on "Anger"
    assertEquals(List.of("indirect | the operators have been too greedy | ferry users | say"),
        one("Anger/NN with/IN fares/NNS=fare :/: ferry/NN users/NNS=user say/VBP=say the/DT operators/NNS=operator"
                + " have/VBP=have been/VBN=be too/RB greedy/JJ ./.",
            "root(ROOT-0, Anger-1) case(fares-3, with-2) nmod(Anger-1, fares-3) punct(Anger-1, :-4) compound(users-6, ferry-5)"
                + " nsubj(say-7, users-6) parataxis(Anger-1, say-7) det(operators-9, the-8) obj(say-7, operators-9)"
                + " aux(greedy-13, have-10) cop(greedy-13, been-11) advmod(greedy-13, too-12) xcomp(say-7, greedy-13)"
                + " punct(Anger-1, .-14)"));
  }

  @Test
  void aReportingClauseAfterAColonWithNoObjectOrClauseReportsNothingAfterIt() {
    // "The plan is clear: Ana Ruiz said so in May." keeps what the parse gave before
    List<String> quotes = one("The/DT plan/NN is/VBZ=be clear/JJ :/: Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say so/RB"
            + " in/IN May/NNP@DATE ./.",
        "root(ROOT-0, clear-4) det(plan-2, The-1) nsubj(clear-4, plan-2) cop(clear-4, is-3) punct(clear-4, :-5)"
            + " compound(Ruiz-7, Ana-6) nsubj(said-8, Ruiz-7) parataxis(clear-4, said-8) advmod(said-8, so-9)"
            + " case(May-11, in-10) obl(said-8, May-11) punct(clear-4, .-12)");
    assertEquals(List.of(), quotes.stream().filter(q -> q.contains("in May |")).toList());
  }

  @Test
  void aClauseWhoseSubjectIsALongQuotedPhraseStillOpensAfterTheVerb() {
    // the finite verb of the reported clause comes ten tokens after "said"
    List<String> quotes = one("The/DT council/NN gave/VBD=give no/DT figure/NN ,/, though/IN Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " said/VBD=say \"/`` tax/NN reforms/NNS=reform \"/'' and/CC the/DT sale/NN of/IN old/JJ ferries/NNS=ferry"
            + " would/MD pay/VB=pay for/IN it/PRP ./.",
        "root(ROOT-0, gave-3) det(council-2, The-1) nsubj(gave-3, council-2) det(figure-5, no-4) obj(gave-3, figure-5)"
            + " punct(gave-3, ,-6) mark(said-10, though-7) compound(Ruiz-9, Ana-8) nsubj(said-10, Ruiz-9) advcl(gave-3, said-10)"
            + " punct(said-10, \"-11) compound(reforms-13, tax-12) obj(said-10, reforms-13) punct(said-10, \"-14)"
            + " cc(pay-22, and-15) det(sale-17, the-16) nsubj(pay-22, sale-17) case(ferries-20, of-18) amod(ferries-20, old-19)"
            + " nmod(sale-17, ferries-20) aux(pay-22, would-21) conj(said-10, pay-22) case(it-24, for-23) obl(pay-22, it-24)"
            + " punct(gave-3, .-25)");
    assertEquals(List.of("mixed | \"tax reforms\" and the sale of old ferries would pay for it | Ana Ruiz | said"), quotes);
  }
}
