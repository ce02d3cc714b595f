package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Source mentions repaired from the parse and group pronouns, through the quotes step on invented
 * sentences: a word of the verb's own complement, a source inside the proposed content, a quotation
 * with its own short attribution, a relative "who", and "they" for a plural subject.
 */
class SpeakerRepairsTest {
  private static final String FEES = "that/IN fees/NNS=fee would/MD rise/VB=rise ./.";

  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.described(article);
  }

  @Test
  void aWordOfTheVerbsOwnComplementIsNotItsSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak ,/, calling/VBG=call the/DT plan/NN a/DT"
            + " mistake/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(spoke-3, Ruiz-2) root(ROOT-0, spoke-3) punct(spoke-3, ,-4)"
                + " advcl(spoke-3, calling-5) det(plan-7, the-6) obj(calling-5, plan-7) det(mistake-9, a-8)"
                + " xcomp(calling-5, mistake-9) punct(spoke-3, .-10)")
        .build();
    ParsedSentence p = new ParsedSentence(a.sentences().get(0));
    assertEquals(1, SpeakerMentions.repairedHead(p, 4, 6, Docs.lexicon().speakers()), "object of calling");
    assertEquals(1, SpeakerMentions.repairedHead(p, 4, 1, Docs.lexicon().speakers()), "the subject stays");
  }

  @Test
  void aSourceBetweenTheQuotationAndToldIsCutFromTheContent() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` We/PRP will/MD wait/VB=wait ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, who/WP"
            + " chairs/VBZ=chair the/DT panel/NN ,/, told/VBD=tell reporters/NNS=reporter ./.",
            "punct(wait-4, \"-1) nsubj(wait-4, We-2) aux(wait-4, will-3) ccomp(told-15, wait-4) punct(wait-4, ,-5)"
                + " punct(told-15, \"-6) compound(Ruiz-8, Ana-7) nsubj(told-15, Ruiz-8) punct(Ruiz-8, ,-9)"
                + " nsubj(chairs-11, who-10) acl:relcl(Ruiz-8, chairs-11) det(panel-13, the-12)"
                + " obj(chairs-11, panel-13) punct(told-15, ,-14) root(ROOT-0, told-15)"
                + " obj(told-15, reporters-16) punct(told-15, .-17)")
        .build();
    assertEquals(List.of("Ana Ruiz -> Ana Ruiz | \"We will wait,\""), quotes(a));
  }

  @Test
  void aQuotationWithItsOwnShortAttributionTakesThatSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .paragraph()
        .sentence("\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ,/, \"/'' she/PRP"
            + " went/VBD=go on/RP ./.",
            "nsubj(wait-4, We-2) aux(wait-4, will-3) nsubj(went-11, she-10) root(ROOT-0, went-11)"
                + " compound:prt(went-11, on-12) punct(went-11, .-13)")
        .build();
    assertEquals(List.of("Ana Ruiz -> Ana Ruiz | \"It is closed,\"",
        "she -> Ana Ruiz | \"We will wait for the report,\""), quotes(a));
  }

  @Test
  void aRelativeWhoIsTheNounItsClauseModifies() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, a/DT surgeon/NN ,/, met/VBD=meet Tom/NNP@PERSON"
            + " Hale/NNP@PERSON ,/, who/WP said/VBD=say " + FEES,
            "compound(Ruiz-2, Ana-1) nsubj(met-7, Ruiz-2) punct(Ruiz-2, ,-3) det(surgeon-5, a-4) appos(Ruiz-2, surgeon-5)"
                + " punct(Ruiz-2, ,-6) root(ROOT-0, met-7) compound(Hale-9, Tom-8) obj(met-7, Hale-9)"
                + " punct(Hale-9, ,-10) nsubj(said-12, who-11) acl:relcl(Hale-9, said-12) mark(rise-16, that-13)"
                + " nsubj(rise-16, fees-14) aux(rise-16, would-15) ccomp(said-12, rise-16) punct(met-7, .-17)")
        .build();
    assertEquals("Tom Hale", quotes(a).get(0).split(" -> | \\| ")[1]);
  }

  @Test
  void theyIsThePluralGroupThatWasTheSubjectJustBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Two/CD senators/NNS=senator sent/VBD=send a/DT letter/NN ./.",
            "nummod(senators-2, Two-1) nsubj(sent-3, senators-2) root(ROOT-0, sent-3) det(letter-5, a-4)"
                + " obj(sent-3, letter-5) punct(sent-3, .-6)")
        .sentence("They/PRP said/VBD=say " + FEES)
        .build();
    assertEquals(List.of("They -> Two senators"), quotes(a).stream().map(q -> q.split(" \\| ")[0]).toList());
  }

  @Test
  void theyIsNeverAPluralOfThings() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT fees/NNS=fee rose/VBD=rise ./.",
            "det(fees-2, The-1) nsubj(rose-3, fees-2) root(ROOT-0, rose-3) punct(rose-3, .-4)")
        .sentence("They/PRP said/VBD=say " + FEES)
        .build();
    assertEquals(List.of("They -> They"), quotes(a).stream().map(q -> q.split(" \\| ")[0]).toList());
  }

  @Test
  void itTakesUpAThingQuotedJustBeforeButNoPersonNoun() {
    assertEquals(List.of("The report -> The report", "It -> The report"), reportThenIt("report"));
    assertEquals(List.of("The candidate -> The candidate", "It -> It"), reportThenIt("candidate"));
  }

  /** "The NOUN said that fees would rise. It added that fees would rise." */
  private static List<String> reportThenIt(String noun) {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT " + noun + "/NN said/VBD=say " + FEES,
            "det(" + noun + "-2, The-1) nsubj(said-3, " + noun + "-2) root(ROOT-0, said-3) mark(rise-7, that-4)"
                + " nsubj(rise-7, fees-5) aux(rise-7, would-6) ccomp(said-3, rise-7) punct(said-3, .-8)")
        .sentence("It/PRP added/VBD=add " + FEES,
            "nsubj(added-2, It-1) root(ROOT-0, added-2) mark(rise-6, that-3) nsubj(rise-6, fees-4)"
                + " aux(rise-6, would-5) ccomp(added-2, rise-6) punct(added-2, .-7)")
        .build();
    return quotes(a).stream().map(q -> q.split(" \\| ")[0]).toList();
  }
}
