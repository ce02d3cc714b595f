package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, eleventh round: the complement of "call" in the parse shapes the earlier rounds missed
 * (a quoted label as the object, an adjective after the object's noun, a complement hung deep in
 * the object's phrase, an indirect object carrying the complement).
 */
class EleventhRoundFramesTest {
  private static List<String> one(String tokens, String... parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aQuotedLabelAsTheObjectKeepsTheNamedThingBeforeIt() {
    assertEquals(List.of("mixed | most of the council \"cowards\" | Ana Ruiz | called"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call most/JJS of/IN the/DT council/NN \"/`` cowards/NNS=coward"
                + " \"/'' ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) compound(cowards-9, most-4)"
                + " case(council-7, of-5) det(council-7, the-6) nmod(most-4, council-7) punct(cowards-9, \"-8)"
                + " obj(called-3, cowards-9) punct(cowards-9, \"-10) punct(called-3, .-11)"));
  }

  @Test
  void anAdjectiveAfterTheObjectsNounIsTheComplement() {
    assertEquals(List.of("indirect | the claims baseless | The board | called"),
        one("The/DT board/NN called/VBD=call the/DT claims/NNS=claim baseless/JJ ./.",
            "det(board-2, The-1) nsubj(called-3, board-2) root(ROOT-0, called-3) det(claims-5, the-4)"
                + " obj(called-3, claims-5) amod(claims-5, baseless-6) punct(called-3, .-7)"));
  }

  @Test
  void aComplementHungDeepInTheObjectsPhraseCounts() {
    assertEquals(List.of("indirect | the vote and the delay of the hearing a cynical ploy | Tom Berg | called"),
        one("Tom/NNP@PERSON Berg/NNP@PERSON called/VBD=call the/DT vote/NN and/CC the/DT delay/NN of/IN the/DT"
                + " hearing/NN a/DT cynical/JJ ploy/NN ./.",
            "compound(Berg-2, Tom-1) nsubj(called-3, Berg-2) root(ROOT-0, called-3) det(vote-5, the-4)"
                + " obj(called-3, vote-5) cc(delay-8, and-6) det(delay-8, the-7) conj(vote-5, delay-8) case(hearing-11, of-9)"
                + " det(hearing-11, the-10) nmod(delay-8, hearing-11) det(ploy-14, a-12) amod(ploy-14, cynical-13)"
                + " dep(hearing-11, ploy-14) punct(called-3, .-15)"));
  }

  @Test
  void anIndirectObjectWithItsComplementIsTheContent() {
    assertEquals(List.of("indirect | the mayor a coward | Ana Ruiz | called"),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call the/DT mayor/NN a/DT coward/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) det(mayor-5, the-4)"
                + " iobj(called-3, mayor-5) det(coward-7, a-6) dep(mayor-5, coward-7) punct(called-3, .-8)"));
  }

  @Test
  void calledTheMayorOfACityIsStillACall() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON called/VBD=call the/DT mayor/NN of/IN Harbourton/NNP@CITY ./.",
            "compound(Ruiz-2, Ana-1) nsubj(called-3, Ruiz-2) root(ROOT-0, called-3) det(mayor-5, the-4)"
                + " obj(called-3, mayor-5) case(Harbourton-7, of-6) nmod(mayor-5, Harbourton-7) punct(called-3, .-8)"));
  }

  @Test
  void aPollShowsANounPhrase() {
    assertEquals(List.of("indirect | a close race in the district | The poll | shows"),
        one("The/DT poll/NN shows/VBZ=show a/DT close/JJ race/NN in/IN the/DT district/NN ./.",
            "det(poll-2, The-1) nsubj(shows-3, poll-2) root(ROOT-0, shows-3) det(race-6, a-4) amod(race-6, close-5)"
                + " obj(shows-3, race-6) case(district-9, in-7) det(district-9, the-8) nmod(race-6, district-9)"
                + " punct(shows-3, .-10)"));
  }

  @Test
  void dataLemmatisedAsDatumAreAFindingSource() {
    assertEquals(List.of("indirect | fares rose by a third | Data | show"),
        one("Data/NNS=datum from/IN the/DT port/NN show/VBP=show that/IN fares/NNS=fare rose/VBD=rise by/IN a/DT third/JJ ./.",
            "nsubj(show-5, Data-1) case(port-4, from-2) det(port-4, the-3) nmod(Data-1, port-4) root(ROOT-0, show-5)"
                + " mark(rose-8, that-6) nsubj(rose-8, fares-7) ccomp(show-5, rose-8) case(third-11, by-9)"
                + " det(third-11, a-10) obl(rose-8, third-11) punct(show-5, .-12)"));
  }

  @Test
  void aPersonWhoFindsSomethingReportsNothing() {
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON found/VBD=find a/DT wallet/NN in/IN the/DT park/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(found-3, Ruiz-2) root(ROOT-0, found-3) det(wallet-5, a-4) obj(found-3, wallet-5)"
                + " case(park-8, in-6) det(park-8, the-7) obl(found-3, park-8) punct(found-3, .-9)"));
  }

  @Test
  void aNameTheParseHidInTheFrontedPhraseSpeaks() {
    assertEquals(List.of("indirect | the pier would close in May | Ana Ruiz | said"),
        one("At/IN a/DT meeting/NN with/IN the/DT board/NN Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say that/IN the/DT"
                + " pier/NN would/MD close/VB=close in/IN May/NNP@DATE ./.",
            "case(meeting-3, At-1) det(meeting-3, a-2) obl(said-9, meeting-3) case(board-6, with-4) det(board-6, the-5)"
                + " nmod(meeting-3, board-6) compound(Ruiz-8, Ana-7) nmod(board-6, Ruiz-8) root(ROOT-0, said-9)"
                + " mark(close-14, that-10) det(pier-12, the-11) nsubj(close-14, pier-12) aux(close-14, would-13)"
                + " ccomp(said-9, close-14) case(May-16, in-15) obl(close-14, May-16) punct(said-9, .-17)"));
  }

  @Test
  void aParticiplePhraseSetOffInTheReportedSubjectKeepsTheClause() {
    assertEquals(List.of("indirect | the ferry, run by the Harbourton Port Authority, has lost money | Officials | say"),
        one("Officials/NNS=official who/WP work/VBP=work for/IN the/DT city/NN say/VBP=say the/DT ferry/NN ,/, run/VBN=run"
                + " by/IN the/DT Harbourton/NNP@ORGANIZATION Port/NNP@ORGANIZATION Authority/NNP@ORGANIZATION ,/,"
                + " has/VBZ=have lost/VBN=lose money/NN ./.",
            "nsubj(say-7, Officials-1) nsubj(work-3, who-2) acl:relcl(Officials-1, work-3) case(city-6, for-4)"
                + " det(city-6, the-5) obl(work-3, city-6) root(ROOT-0, say-7) det(ferry-9, the-8) obj(say-7, ferry-9)"
                + " punct(say-7, ,-10) dep(say-7, run-11) case(Authority-16, by-12) det(Authority-16, the-13)"
                + " compound(Authority-16, Harbourton-14) compound(Authority-16, Port-15) obl(run-11, Authority-16)"
                + " punct(say-7, ,-17) aux(lost-19, has-18) dep(say-7, lost-19) obj(lost-19, money-20) punct(say-7, .-21)"));
  }

  @Test
  void aFrontedPrepositionalPhraseIsNoTrailingContent() {
    assertEquals(List.of("indirect | the risk to the harbour | Ana Ruiz | noted"),
        one("In/IN an/DT essay/NN last/JJ week/NN ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON noted/VBD=note the/DT risk/NN to/IN"
                + " the/DT harbour/NN ./.",
            "case(essay-3, In-1) det(essay-3, an-2) obl(noted-9, essay-3) amod(week-5, last-4) obl:tmod(noted-9, week-5)"
                + " punct(noted-9, ,-6) compound(Ruiz-8, Ana-7) nsubj(noted-9, Ruiz-8) root(ROOT-0, noted-9)"
                + " det(risk-11, the-10) obj(noted-9, risk-11) case(harbour-14, to-12) det(harbour-14, the-13)"
                + " nmod(risk-11, harbour-14) punct(noted-9, .-15)"));
  }

  @Test
  void describedWithAPlainObjectReportsIt() {
    assertEquals(List.of("indirect | the damage to the old bridge | Residents | described"),
        one("Residents/NNS=resident described/VBD=describe the/DT damage/NN to/IN the/DT old/JJ bridge/NN ./.",
            "nsubj(described-2, Residents-1) root(ROOT-0, described-2) det(damage-4, the-3) obj(described-2, damage-4)"
                + " case(bridge-8, to-5) det(bridge-8, the-6) amod(bridge-8, old-7) nmod(damage-4, bridge-8)"
                + " punct(described-2, .-9)"));
  }

  @Test
  void aFindingRunsPastItsObject() {
    assertEquals(List.of("indirect | Ana Ruiz ahead by six points in the north | One poll | shows"),
        one("One/CD poll/NN shows/VBZ=show Ana/NNP@PERSON Ruiz/NNP@PERSON ahead/RB by/IN six/CD points/NNS=point in/IN"
                + " the/DT north/NN ./.",
            "nummod(poll-2, One-1) nsubj(shows-3, poll-2) root(ROOT-0, shows-3) compound(Ruiz-5, Ana-4) obj(shows-3, Ruiz-5)"
                + " advmod(shows-3, ahead-6) case(points-9, by-7) nummod(points-9, six-8) obl(ahead-6, points-9)"
                + " case(north-12, in-10) det(north-12, the-11) obl(shows-3, north-12) punct(shows-3, .-13)"));
  }

  @Test
  void aFrontedPhraseStaysInsideAnInterruptedQuote() {
    assertEquals(List.of("indirect | In the north, Ana Ruiz said, the ferry will stop in May | Ana Ruiz | said"),
        one("In/IN the/DT north/NN ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ,/, the/DT ferry/NN will/MD"
                + " stop/VB=stop in/IN May/NNP@DATE ./.",
            "case(north-3, In-1) det(north-3, the-2) obl(stop-12, north-3) punct(stop-12, ,-4) compound(Ruiz-6, Ana-5)"
                + " nsubj(said-7, Ruiz-6) parataxis(stop-12, said-7) punct(stop-12, ,-8) det(ferry-10, the-9)"
                + " nsubj(stop-12, ferry-10) aux(stop-12, will-11) root(ROOT-0, stop-12) case(May-14, in-13)"
                + " obl(stop-12, May-14) punct(stop-12, .-15)"));
  }
}
