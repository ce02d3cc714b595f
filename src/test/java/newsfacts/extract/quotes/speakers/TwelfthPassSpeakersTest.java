package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, twelfth pass, on invented sentences: a continuation quote takes the subject named right
 * after it; a contracted "'s" is not read as a passive; the addressee or an issued statement before
 * a participle gives the sender; a participle or an "and said" hung inside another clause takes the
 * outer subject; "a report by X" is X's, "a study commissioned by X" stays the study.
 */
class TwelfthPassSpeakersTest {
  private static final String BERG = "Tom/NNP@PERSON Berg/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.";
  private static final String BERG_DEPS = "compound(Berg-2, Tom-1) nsubj(toured-3, Berg-2) root(ROOT-0, toured-3)"
      + " det(harbour-5, the-4) obj(toured-3, harbour-5) punct(toured-3, .-6)";

  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.withCues(article);
  }

  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  @Test
  void aContinuationTakesTheSubjectNamedRightAfterIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .sentence("\"/`` We/PRP will/MD wait/VB=wait for/IN the/DT report/NN ,/, \"/'' her/PRP$ husband/NN cut/VBD=cut in/RP ./.",
            "punct(wait-4, \"-1) nsubj(wait-4, We-2) aux(wait-4, will-3) case(report-7, for-5) det(report-7, the-6)"
                + " obl(wait-4, report-7) punct(wait-4, ,-8) punct(wait-4, \"-9) nmod:poss(husband-11, her-10)"
                + " nsubj(cut-12, husband-11) root(ROOT-0, cut-12) parataxis(cut-12, wait-4) compound:prt(cut-12, in-13)"
                + " punct(cut-12, .-14)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("her husband ->") && q.contains("We will wait") && q.endsWith("| ")),
        found.toString());
    assertTrue(has(found, "Ana Ruiz ->", "It is closed"), found.toString());
  }

  @Test
  void aContractedSIsHasSoTheSubjectStaysTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(BERG, BERG_DEPS)
        .sentence("He/PRP 's/VBZ=be said/VBN=say he/PRP will/MD run/VB=run ./.",
            "nsubj:pass(said-3, He-1) aux:pass(said-3, 's-2) root(ROOT-0, said-3) nsubj(run-6, he-4) aux(run-6, will-5)"
                + " ccomp(said-3, run-6) punct(said-3, .-7)")
        .sentence("It/PRP 's/VBZ=be said/VBN=say the/DT fees/NNS=fee will/MD rise/VB=rise ./.",
            "nsubj:pass(said-3, It-1) aux:pass(said-3, 's-2) root(ROOT-0, said-3) det(fees-5, the-4) nsubj(rise-7, fees-5)"
                + " aux(rise-7, will-6) ccomp(said-3, rise-7) punct(said-3, .-8)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "He -> Tom Berg |", "he will run"), found.toString());
    assertTrue(found.stream().noneMatch(q -> q.contains("the fees will rise") && !q.startsWith(" ->  |")), found.toString());
  }

  @Test
  void aParticipleAfterTheAddresseeIsTheSenders() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON sent/VBD=send a/DT note/NN to/IN supporters/NNS=supporter saying/VBG=say"
            + " the/DT vote/NN would/MD wait/VB=wait ./.",
            "compound(Ruiz-2, Ana-1) nsubj(sent-3, Ruiz-2) root(ROOT-0, sent-3) det(note-5, a-4) obj(sent-3, note-5)"
                + " case(supporters-7, to-6) obl(sent-3, supporters-7) acl(supporters-7, saying-8) det(vote-10, the-9)"
                + " nsubj(wait-12, vote-10) aux(wait-12, would-11) ccomp(saying-8, wait-12) punct(sent-3, .-13)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Ana Ruiz -> Ana Ruiz |", "the vote would wait"), found.toString());
  }

  @Test
  void aParticipleHungInsideTheReportedChanceIsTheOuterSubjects() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Traders/NNS=trader see/VBP=see a/DT chance/NN that/IN the/DT board/NN will/MD act/VB=act ,/,"
            + " implying/VBG=imply that/IN they/PRP expect/VBP=expect higher/JJR fees/NNS=fee ./.",
            "nsubj(see-2, Traders-1) root(ROOT-0, see-2) det(chance-4, a-3) obl(see-2, chance-4) mark(act-9, that-5)"
                + " det(board-7, the-6) nsubj(act-9, board-7) aux(act-9, will-8) ccomp(chance-4, act-9) punct(implying-11, ,-10)"
                + " dep(act-9, implying-11) mark(expect-14, that-12) nsubj(expect-14, they-13) ccomp(implying-11, expect-14)"
                + " amod(fees-16, higher-15) obj(expect-14, fees-16) punct(see-2, .-17)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Traders ->", "they expect higher fees"), found.toString());
  }

  @Test
  void andSaidConjoinedToTheRelativeClauseOfAThingIsTheOuterSubjects() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON visited/VBD=visit the/DT plant/NN that/WDT makes/VBZ=make the/DT boats/NNS=boat"
            + " and/CC said/VBD=say the/DT port/NN was/VBD=be busy/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(visited-3, Ruiz-2) root(ROOT-0, visited-3) det(plant-5, the-4)"
                + " obj(visited-3, plant-5) nsubj(makes-7, that-6) acl:relcl(plant-5, makes-7) det(boats-9, the-8)"
                + " obj(makes-7, boats-9) cc(said-11, and-10) conj(makes-7, said-11) det(port-13, the-12) nsubj(busy-15, port-13)"
                + " cop(busy-15, was-14) ccomp(said-11, busy-15) punct(visited-3, .-16)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Ana Ruiz -> Ana Ruiz |", "the port was busy"), found.toString());
  }

  @Test
  void aReportByABoardIsTheBoards() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("A/DT report/NN by/IN the/DT Harbour/NNP@ORGANIZATION Board/NNP@ORGANIZATION shows/VBZ=show the/DT"
            + " fees/NNS=fee rose/VBD=rise ./.",
            "det(report-2, A-1) nsubj(shows-7, report-2) case(Board-6, by-3) det(Board-6, the-4) compound(Board-6, Harbour-5)"
                + " nmod(report-2, Board-6) root(ROOT-0, shows-7) det(fees-9, the-8) nsubj(rose-10, fees-9)"
                + " ccomp(shows-7, rose-10) punct(shows-7, .-11)")
        .sentence("A/DT study/NN commissioned/VBN=commission by/IN Tom/NNP@PERSON Hale/NNP@PERSON found/VBD=find the/DT port/NN was/VBD=be"
            + " busy/JJ ./.",
            "det(study-2, A-1) nsubj(found-7, study-2) acl(study-2, commissioned-3) case(Hale-6, by-4)"
                + " compound(Hale-6, Tom-5) obl(commissioned-3, Hale-6) root(ROOT-0, found-7) det(port-9, the-8)"
                + " nsubj(busy-11, port-9) cop(busy-11, was-10)"
                + " ccomp(found-7, busy-11) punct(found-7, .-12)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Harbour Board ->", "the fees rose"), found.toString());
    assertTrue(has(found, "A study ->", "the port was busy"), found.toString());
  }
}
