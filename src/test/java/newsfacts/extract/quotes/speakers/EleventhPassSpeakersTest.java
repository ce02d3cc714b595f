package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, eleventh pass, on invented sentences: a cue that is a passive modifier of the proposed
 * source states no source; "the company" takes up the organisation just named; a party in an
 * epithet ("the Liberal nominee") is no owner.
 */
class EleventhPassSpeakersTest {
  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.described(article);
  }

  @Test
  void aPassiveRelativeClauseStatesNoSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Berg/NNP@PERSON ,/, who/WP was/VBD=be accused/VBN=accuse of/IN hiding/VBG=hide the/DT"
            + " fees/NNS=fee ,/, left/VBD=leave the/DT board/NN ./.",
            "compound(Berg-2, Tom-1) nsubj(left-12, Berg-2) punct(Berg-2, ,-3) nsubj:pass(accused-6, who-4)"
                + " aux:pass(accused-6, was-5) acl:relcl(Berg-2, accused-6) mark(hiding-8, of-7) advcl(accused-6, hiding-8)"
                + " det(fees-10, the-9) obj(hiding-8, fees-10) punct(Berg-2, ,-11) root(ROOT-0, left-12) det(board-14, the-13)"
                + " obj(left-12, board-14) punct(left-12, .-15)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith(" ->  |") && q.contains("hiding the fees")), found.toString());
  }

  @Test
  void aContractedAuxiliaryMayBeHasSoTheSourceStays() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Berg/NNP@PERSON ,/, who/WP 's/VBZ=be called/VBN=call for/IN lower/JJR fees/NNS=fee ,/,"
            + " left/VBD=leave the/DT board/NN ./.",
            "compound(Berg-2, Tom-1) nsubj(left-11, Berg-2) punct(Berg-2, ,-3) nsubj:pass(called-6, who-4)"
                + " aux:pass(called-6, 's-5) acl:relcl(Berg-2, called-6) case(fees-9, for-7) amod(fees-9, lower-8)"
                + " obl(called-6, fees-9) punct(Berg-2, ,-10) root(ROOT-0, left-11) det(board-13, the-12)"
                + " obj(left-11, board-13) punct(left-11, .-14)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.contains("lower fees") && !q.startsWith(" ->  |")), found.toString());
  }

  @Test
  void theCompanyTakesUpTheFirmJustNamedNotTheUniversity() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Acme/NNP@ORGANIZATION Foods/NNP@ORGANIZATION cut/VBD=cut 200/CD jobs/NNS=job ./.",
            "compound(Foods-2, Acme-1) nsubj(cut-3, Foods-2) root(ROOT-0, cut-3) nummod(jobs-5, 200-4) obj(cut-3, jobs-5)"
                + " punct(cut-3, .-6)")
        .sentence("Staff/NN at/IN Harbour/NNP@ORGANIZATION University/NNP@ORGANIZATION were/VBD=be surprised/JJ ./.",
            "nsubj(surprised-6, Staff-1) case(University-4, at-2) compound(University-4, Harbour-3) nmod(Staff-1, University-4)"
                + " cop(surprised-6, were-5) root(ROOT-0, surprised-6) punct(surprised-6, .-7)")
        .sentence("The/DT company/NN said/VBD=say sales/NNS=sale had/VBD=have fallen/VBN=fall ./.",
            "det(company-2, The-1) nsubj(said-3, company-2) root(ROOT-0, said-3) nsubj(fallen-6, sales-4) aux(fallen-6, had-5)"
                + " ccomp(said-3, fallen-6) punct(said-3, .-7)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The company -> Acme Foods |")), found.toString());
  }

  @Test
  void aPartyInAnEpithetIsNoOwner() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(toured-3, Ruiz-2) root(ROOT-0, toured-3) det(harbour-5, the-4)"
                + " obj(toured-3, harbour-5) punct(toured-3, .-6)")
        .sentence("The/DT GOP/NNP@ORGANIZATION presidential/JJ nominee/NN said/VBD=say fees/NNS=fee would/MD rise/VB=rise ./.",
            "det(nominee-4, The-1) compound(nominee-4, GOP-2) amod(nominee-4, presidential-3) nsubj(said-5, nominee-4)"
                + " root(ROOT-0, said-5) nsubj(rise-8, fees-6) aux(rise-8, would-7) ccomp(said-5, rise-8) punct(said-5, .-9)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The GOP presidential nominee -> Ana Ruiz |")), found.toString());
  }

  @Test
  void aNounForTheKindOfBusinessTakesUpTheFirmJustNamed() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Vessel/NNP@ORGANIZATION Motors/NNP@ORGANIZATION cut/VBD=cut 200/CD jobs/NNS=job ./.",
            "compound(Motors-2, Vessel-1) nsubj(cut-3, Motors-2) root(ROOT-0, cut-3) nummod(jobs-5, 200-4) obj(cut-3, jobs-5)"
                + " punct(cut-3, .-6)")
        .sentence("The/DT carmaker/NN said/VBD=say sales/NNS=sale had/VBD=have fallen/VBN=fall ./.",
            "det(carmaker-2, The-1) nsubj(said-3, carmaker-2) root(ROOT-0, said-3) nsubj(fallen-6, sales-4) aux(fallen-6, had-5)"
                + " ccomp(said-3, fallen-6) punct(said-3, .-7)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The carmaker -> Vessel Motors |")), found.toString());
  }
}
