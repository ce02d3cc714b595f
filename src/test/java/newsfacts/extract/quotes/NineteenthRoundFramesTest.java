package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, nineteenth round: a reporting verb the parse coordinated with a noun ("According to a
 * statement ..., the premier welcomed the guest and said C") and a speech verb whose object only says how
 * much was said ("has said little in public").
 */
class NineteenthRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void saidCoordinatedWithANounTakesTheSubjectOfTheVerbBeforeItsAnd() {
    // "According to a statement from the ministry, the premier welcomed the guest and said the talks were useful."
    List<String> rows = one("According/VBG=accord to/IN a/DT statement/NN from/IN the/DT ministry/NN@ORGANIZATION ,/,"
            + " the/DT premier/NN welcomed/VBD=welcome the/DT guest/NN and/CC said/VBD=say the/DT talks/NNS=talk"
            + " were/VBD=be useful/JJ ./.",
        "case(statement-4, According-1) fixed(According-1, to-2) det(statement-4, a-3) root(ROOT-0, statement-4)"
            + " case(ministry-7, from-5) det(ministry-7, the-6) nmod(statement-4, ministry-7) punct(ministry-7, ,-8)"
            + " det(premier-10, the-9) nsubj(welcomed-11, premier-10) conj(ministry-7, welcomed-11) det(guest-13, the-12)"
            + " obj(welcomed-11, guest-13) cc(said-15, and-14) conj(statement-4, said-15) det(talks-17, the-16)"
            + " nsubj(useful-19, talks-17) cop(useful-19, were-18) ccomp(said-15, useful-19) punct(statement-4, .-20)");
    assertEquals(List.of("indirect | the talks were useful | the premier | said"),
        rows.stream().filter(r -> r.endsWith("| said")).toList(), rows.toString());
  }

  @Test
  void saidLittleInPublicIsNoQuote() {
    // "Ana Ruiz has said little in public."
    assertEquals(List.of(),
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON has/VBZ=have said/VBN=say little/JJ in/IN public/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-4, Ruiz-2) aux(said-4, has-3) root(ROOT-0, said-4) obj(said-4, little-5)"
                + " case(public-7, in-6) nmod(little-5, public-7) punct(said-4, .-8)"));
  }

  @Test
  void saidLittleAboutATopicStaysWithTheOtherReadings() {
    // "Ana Ruiz has said little about the port."
    assertEquals(1,
        one("Ana/NNP@PERSON Ruiz/NNP@PERSON has/VBZ=have said/VBN=say little/JJ about/IN the/DT port/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-4, Ruiz-2) aux(said-4, has-3) root(ROOT-0, said-4) obj(said-4, little-5)"
                + " case(port-8, about-6) det(port-8, the-7) nmod(little-5, port-8) punct(said-4, .-9)").size());
  }

  @Test
  void aStandfirstClosedByWritesAndTheAuthorsNameIsAByline() {
    // "Now its owners want it to pay, writes Ana Ruiz" (a standfirst line: no full stop)
    assertEquals(List.of(),
        one("Now/RB its/PRP$ owners/NNS=owner want/VBP it/PRP to/TO pay/VB ,/, writes/VBZ=write Ana/NNP@PERSON Ruiz/NNP@PERSON",
            "advmod(want-4, Now-1) nmod:poss(owners-3, its-2) nsubj(want-4, owners-3) dep(writes-9, want-4) obj(want-4, it-5)"
                + " mark(pay-7, to-6) xcomp(want-4, pay-7) punct(writes-9, ,-8) root(ROOT-0, writes-9)"
                + " compound(Ruiz-11, Ana-10) obj(writes-9, Ruiz-11)"));
  }

  @Test
  void writesWithAFullStopInABodySentenceStaysAQuote() {
    // "The owners want the port to pay, writes Ana Ruiz in the Bugle."
    assertEquals(1,
        one("The/DT owners/NNS=owner want/VBP the/DT port/NN to/TO pay/VB ,/, writes/VBZ=write Ana/NNP@PERSON"
                + " Ruiz/NNP@PERSON in/IN the/DT Bugle/NNP@ORGANIZATION ./.",
            "det(owners-2, The-1) nsubj(want-3, owners-2) ccomp(writes-9, want-3) det(port-5, the-4) obj(want-3, port-5)"
                + " mark(pay-7, to-6) xcomp(want-3, pay-7) punct(writes-9, ,-8) root(ROOT-0, writes-9)"
                + " compound(Ruiz-11, Ana-10) nsubj(writes-9, Ruiz-11) case(Bugle-14, in-12) det(Bugle-14, the-13)"
                + " obl(writes-9, Bugle-14) punct(writes-9, .-15)").size());
  }

  @Test
  void admittingStatesAsMembersIsLettingThemIn() {
    // "The league voted to admit the two clubs as members."
    assertEquals(List.of(),
        one("The/DT league/NN voted/VBD=vote to/TO admit/VB the/DT two/CD@NUMBER clubs/NNS=club as/IN members/NNS=member ./.",
            "det(league-2, The-1) nsubj(voted-3, league-2) root(ROOT-0, voted-3) mark(admit-5, to-4) xcomp(voted-3, admit-5)"
                + " det(clubs-8, the-6) nummod(clubs-8, two-7) obj(admit-5, clubs-8) case(members-10, as-9)"
                + " obl(admit-5, members-10) punct(voted-3, .-11)"));
  }

  @Test
  void admittingAMistakeIsStillAQuote() {
    // "The mayor admitted the mistake."
    assertEquals(List.of("indirect | the mistake | The mayor | admitted"),
        one("The/DT mayor/NN admitted/VBD=admit the/DT mistake/NN ./.",
            "det(mayor-2, The-1) nsubj(admitted-3, mayor-2) root(ROOT-0, admitted-3) det(mistake-5, the-4)"
                + " obj(admitted-3, mistake-5) punct(admitted-3, .-6)"));
  }
}
