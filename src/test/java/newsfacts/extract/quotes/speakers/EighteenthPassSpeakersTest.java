package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, eighteenth pass, on invented sentences: a role nominal naming one party is never a
 * person whose title names another; "Ana Ruiz herself said" is Ruiz's; "The mayors have both urged"
 * is the mayors'; "One of the men, Tom Hale, said" names Hale; a continuation closed by a straight
 * mark the parse read as an opening one still takes the subject named right after it; a nominal
 * of one gender ("the congressman") never resolves to a person of the other; with no subject near,
 * "he" is the person named just before as an owner ("Tom Lund's doctor"), not a subject paragraphs back.
 */
class EighteenthPassSpeakersTest {
  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  /** "Republican nominee Tom Hale toured the harbour. Ana Ruiz visited a school." */
  private static Docs.Builder republicanNomineeThenAnaRuiz() {
    return Docs.article("2019-03-14")
        .sentence("Republican/JJ nominee/NN Tom/NNP@PERSON Hale/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.",
            "amod(nominee-2, Republican-1) compound(Hale-4, nominee-2) compound(Hale-4, Tom-3) nsubj(toured-5, Hale-4)"
                + " root(ROOT-0, toured-5) det(harbour-7, the-6) obj(toured-5, harbour-7) punct(toured-5, .-8)")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON visited/VBD=visit a/DT school/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(visited-3, Ruiz-2) root(ROOT-0, visited-3) det(school-5, a-4)"
                + " obj(visited-3, school-5) punct(visited-3, .-6)");
  }

  @Test
  void aNominalOfOnePartyIsNotTheNomineeOfAnother() {
    AnnotatedArticle a = republicanNomineeThenAnaRuiz()
        .sentence("The/DT Democratic/JJ nominee/NN said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(nominee-3, The-1) amod(nominee-3, Democratic-2) nsubj(said-4, nominee-3) root(ROOT-0, said-4)"
                + " nsubj(fall-7, fees-5) aux(fall-7, would-6) ccomp(said-4, fall-7) punct(said-4, .-8)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "The Democratic nominee -> Ana Ruiz |", "fees would fall"), found.toString());
  }

  @Test
  void aNominalOfTheSamePartyStillTakesItsNominee() {
    AnnotatedArticle a = republicanNomineeThenAnaRuiz()
        .sentence("The/DT GOP/NNP@ORGANIZATION nominee/NN said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(nominee-3, The-1) compound(nominee-3, GOP-2) nsubj(said-4, nominee-3) root(ROOT-0, said-4)"
                + " nsubj(fall-7, fees-5) aux(fall-7, would-6) ccomp(said-4, fall-7) punct(said-4, .-8)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "The GOP nominee -> Tom Hale |", "fees would fall"), found.toString());
  }

  @Test
  void anIntensiveReflexiveGivesWayToItsName() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ruiz/NNP@PERSON herself/PRP said/VBD=say the/DT port/NN would/MD close/VB=close ./.",
            "nsubj(said-3, Ruiz-1) obl:npmod(Ruiz-1, herself-2) root(ROOT-0, said-3)"
                + " det(port-5, the-4) nsubj(close-7, port-5) aux(close-7, would-6) ccomp(said-3, close-7) punct(said-3, .-8)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "Ruiz -> Ruiz |", "the port would close"), found.toString());
  }

  @Test
  void aFloatingQuantifierGivesWayToTheSubjectItCounts() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT two/CD mayors/NNS=mayor have/VBP=have both/DT urged/VBD=urge the/DT board/NN to/TO act/VB=act ./.",
            "det(mayors-3, The-1) nummod(mayors-3, two-2) nsubj(urged-6, mayors-3) aux(urged-6, have-4) nsubj(urged-6, both-5)"
                + " root(ROOT-0, urged-6) det(board-8, the-7) obj(urged-6, board-8) mark(act-10, to-9) xcomp(urged-6, act-10)"
                + " punct(urged-6, .-11)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The two mayors -> ")), found.toString());
  }

  @Test
  void aCountedSubjectGivesWayToTheNameInApposition() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("One/CD of/IN the/DT men/NNS=man ,/, Tom/NNP@PERSON Hale/NNP@PERSON ,/, said/VBD=say the/DT vote/NN "
            + "was/VBD=be rigged/VBN=rig ./.",
            "nsubj(said-9, One-1) case(men-4, of-2) det(men-4, the-3) nmod(One-1, men-4) punct(One-1, ,-5)"
                + " compound(Hale-7, Tom-6) appos(One-1, Hale-7) punct(One-1, ,-8) root(ROOT-0, said-9) det(vote-11, the-10)"
                + " nsubj:pass(rigged-13, vote-11) aux:pass(rigged-13, was-12) ccomp(said-9, rigged-13) punct(said-9, .-14)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "Tom Hale -> Tom Hale |", "the vote was rigged"), found.toString());
  }

  @Test
  void aContinuationClosedByAStraightMarkTakesTheSubjectAfterIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` It/PRP is/VBZ=be closed/JJ ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.")
        .sentence("\"/`` We/PRP will/MD wait/VB=wait if/IN need/NN be/VB=be ,/, \"/'' Tom/NNP@PERSON Hale/NNP@PERSON "
            + "continued/VBD=continue ./.",
            "punct(wait-4, \"-1) nsubj(wait-4, We-2) aux(wait-4, will-3) root(ROOT-0, wait-4) mark(continued-12, if-5)"
                + " nsubj(continued-12, need-6) cop(continued-12, be-7) punct(continued-12, ,-8) punct(continued-12, \"-9)"
                + " compound(Hale-11, Tom-10) nsubj(continued-12, Hale-11) advcl(wait-4, continued-12) punct(wait-4, .-13)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("Tom Hale ->") && q.contains("We will wait")), found.toString());
  }

  @Test
  void aNominalOfOneGenderIsNoPersonOfTheOther() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ms./NNP Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet the/DT congressman/NN@TITLE ./.",
            "compound(Ruiz-3, Ms.-1) compound(Ruiz-3, Ana-2) nsubj(met-4, Ruiz-3) root(ROOT-0, met-4) det(congressman-6, the-5)"
                + " obj(met-4, congressman-6) punct(met-4, .-7)")
        .sentence("The/DT congressman/NN@TITLE said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(congressman-2, The-1) nsubj(said-3, congressman-2) root(ROOT-0, said-3) nsubj(fall-6, fees-4)"
                + " aux(fall-6, would-5) ccomp(said-3, fall-6) punct(said-3, .-7)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "The congressman -> ", "fees would fall"), found.toString());
    assertTrue(found.stream().noneMatch(q -> q.startsWith("The congressman -> Ana Ruiz")), found.toString());
  }

  @Test
  void withNoSubjectNearAPronounTakesTheOwnerJustNamed() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON toured/VBD=tour the/DT port/NN ./.",
            "compound(Hale-2, Tom-1) nsubj(toured-3, Hale-2) root(ROOT-0, toured-3) det(port-5, the-4) obj(toured-3, port-5)"
                + " punct(toured-3, .-6)")
        .sentence("The/DT port/NN was/VBD=be busy/JJ ./.",
            "det(port-2, The-1) nsubj(busy-4, port-2) cop(busy-4, was-3) root(ROOT-0, busy-4) punct(busy-4, .-5)")
        .sentence("Ships/NNS=ship came/VBD=come late/RB ./.",
            "nsubj(came-2, Ships-1) root(ROOT-0, came-2) advmod(came-2, late-3) punct(came-2, .-4)")
        .sentence("Tom/NNP@PERSON Lund/NNP@PERSON 's/POS doctor/NN praised/VBD=praise the/DT diet/NN ./.",
            "compound(Lund-2, Tom-1) nmod:poss(doctor-4, Lund-2) case(Lund-2, 's-3) nsubj(praised-5, doctor-4)"
                + " root(ROOT-0, praised-5) det(diet-7, the-6) obj(praised-5, diet-7) punct(praised-5, .-8)")
        .sentence("He/PRP said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "nsubj(said-2, He-1) root(ROOT-0, said-2) nsubj(fall-5, fees-3) aux(fall-5, would-4) ccomp(said-2, fall-5)"
                + " punct(said-2, .-6)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "He -> Tom Lund |", "fees would fall"), found.toString());
  }
}
