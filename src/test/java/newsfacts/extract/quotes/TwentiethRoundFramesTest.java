package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, twentieth round: a finding verb in a relative clause ("a poll that shows ..."), more records
 * that show or find ("an average of polls shows ..."), a noun with a reporting participle before a
 * that-clause ("an article alleging that ..."), and a relative object of "describe" ("which critics
 * described as reckless").
 */
class TwentiethRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aPollThatShowsSomethingIsTheSourceOfTheFinding() {
    // "Ruiz pointed to a poll that shows Soto ahead in the north."
    assertEquals(List.of("indirect | Soto ahead in the north | a poll | shows"),
        one("Ruiz/NNP@PERSON pointed/VBD=point to/IN a/DT poll/NN that/WDT shows/VBZ=show Soto/NNP@PERSON"
                + " ahead/RB in/IN the/DT north/NN ./.",
            "nsubj(pointed-2, Ruiz-1) root(ROOT-0, pointed-2) case(poll-5, to-3) det(poll-5, a-4) obl(pointed-2, poll-5)"
                + " nsubj(shows-7, that-6) acl:relcl(poll-5, shows-7) obj(shows-7, Soto-8) advmod(shows-7, ahead-9)"
                + " case(north-12, in-10) det(north-12, the-11) obl(shows-7, north-12) punct(pointed-2, .-13)"));
  }

  @Test
  void aPersonThatShowsSomethingStatesNoFinding() {
    // "Ruiz met a voter that shows no interest in the race."
    assertEquals(List.of(),
        one("Ruiz/NNP@PERSON met/VBD=meet a/DT voter/NN that/WDT shows/VBZ=show no/DT interest/NN"
                + " in/IN the/DT race/NN ./.",
            "nsubj(met-2, Ruiz-1) root(ROOT-0, met-2) det(voter-4, a-3) obj(met-2, voter-4)"
                + " nsubj(shows-6, that-5) acl:relcl(voter-4, shows-6) det(interest-8, no-7) obj(shows-6, interest-8)"
                + " case(race-11, in-9) det(race-11, the-10) nmod(interest-8, race-11) punct(met-2, .-12)"));
  }

  @Test
  void anAverageOfPollsShowsAFinding() {
    // "An average of recent polls shows Soto ahead."
    assertEquals(List.of("indirect | Soto ahead | An average | shows"),
        one("An/DT average/NN of/IN recent/JJ polls/NNS=poll shows/VBZ=show Soto/NNP@PERSON ahead/RB ./.",
            "det(average-2, An-1) nsubj(shows-6, average-2) case(polls-5, of-3) amod(polls-5, recent-4)"
                + " nmod(average-2, polls-5) root(ROOT-0, shows-6) obj(shows-6, Soto-7) advmod(shows-6, ahead-8)"
                + " punct(shows-6, .-9)"));
  }

  @Test
  void anArticleAllegingThatReportsTheClause() {
    // "The Bugle ran an article alleging that the port is unsafe."
    assertEquals(List.of("indirect | the port is unsafe | an article | alleging"),
        one("The/DT Bugle/NNP@ORGANIZATION ran/VBD=run an/DT article/NN alleging/VBG=allege that/IN the/DT port/NN"
                + " is/VBZ=be unsafe/JJ ./.",
            "det(Bugle-2, The-1) nsubj(ran-3, Bugle-2) root(ROOT-0, ran-3) det(article-5, an-4) obj(ran-3, article-5)"
                + " acl(article-5, alleging-6) mark(unsafe-11, that-7) det(port-9, the-8) nsubj(unsafe-11, port-9)"
                + " cop(unsafe-11, is-10) ccomp(alleging-6, unsafe-11) punct(ran-3, .-12)"));
  }

  @Test
  void aSubjectWithAReportingParticipleIsNoQuoteOfItsOwn() {
    // '"Anyone claiming that the port is unsafe is wrong," Ruiz said.'
    assertEquals(List.of(),
        one("\"/`` Anyone/NN claiming/VBG=claim that/IN the/DT port/NN is/VBZ=be unsafe/JJ is/VBZ=be wrong/JJ ,/,"
                + " \"/'' Ruiz/NNP@PERSON said/VBD=say ./.",
            "punct(said-14, \"-1) nsubj(wrong-10, Anyone-2) acl(Anyone-2, claiming-3) mark(unsafe-8, that-4)"
                + " det(port-6, the-5) nsubj(unsafe-8, port-6) cop(unsafe-8, is-7) ccomp(claiming-3, unsafe-8)"
                + " cop(wrong-10, is-9) ccomp(said-14, wrong-10) punct(said-14, ,-11) punct(said-14, \"-12)"
                + " nsubj(said-14, Ruiz-13) root(ROOT-0, said-14) punct(said-14, .-15)")
            .stream().filter(r -> r.endsWith("claiming")).toList());
  }

  @Test
  void aRelativeObjectOfDescribeLeavesTheComplementAsContent() {
    // "Ruiz rejected the plan, which critics described as too costly."
    assertEquals(List.of("indirect | too costly | critics | described"),
        one("Ruiz/NNP@PERSON rejected/VBD=reject the/DT plan/NN ,/, which/WDT critics/NNS=critic described/VBD=describe"
                + " as/IN too/RB costly/JJ ./.",
            "nsubj(rejected-2, Ruiz-1) root(ROOT-0, rejected-2) det(plan-4, the-3) obj(rejected-2, plan-4)"
                + " punct(plan-4, ,-5) obj(described-8, which-6) nsubj(described-8, critics-7) acl:relcl(plan-4, described-8)"
                + " mark(costly-11, as-9) advmod(costly-11, too-10) xcomp(described-8, costly-11) punct(rejected-2, .-12)")
            .stream().filter(r -> r.endsWith("described")).toList());
  }

  @Test
  void aRelativeObjectOfCallOnlyNamesAThing() {
    // "Ruiz read what the mayor called the ferry report."
    assertEquals(List.of(),
        one("Ruiz/NNP@PERSON read/VBD=read what/WP the/DT mayor/NN called/VBD=call the/DT ferry/NN report/NN ./.",
            "nsubj(read-2, Ruiz-1) root(ROOT-0, read-2) obj(called-6, what-3) det(mayor-5, the-4) nsubj(called-6, mayor-5)"
                + " ccomp(read-2, called-6) det(report-9, the-7) compound(report-9, ferry-8) xcomp(called-6, report-9)"
                + " punct(read-2, .-10)").stream().filter(r -> r.endsWith("called")).toList());
  }
}
