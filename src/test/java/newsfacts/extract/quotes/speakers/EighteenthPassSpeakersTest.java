package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, eighteenth pass, on invented sentences: a role nominal naming one party is never a
 * person whose title names another.
 */
class EighteenthPassSpeakersTest {
  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  @Test
  void aNominalOfOnePartyIsNotTheNomineeOfAnother() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Republican/JJ nominee/NN Tom/NNP@PERSON Hale/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.",
            "amod(nominee-2, Republican-1) compound(Hale-4, nominee-2) compound(Hale-4, Tom-3) nsubj(toured-5, Hale-4)"
                + " root(ROOT-0, toured-5) det(harbour-7, the-6) obj(toured-5, harbour-7) punct(toured-5, .-8)")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON visited/VBD=visit a/DT school/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(visited-3, Ruiz-2) root(ROOT-0, visited-3) det(school-5, a-4)"
                + " obj(visited-3, school-5) punct(visited-3, .-6)")
        .sentence("The/DT Democratic/JJ nominee/NN said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(nominee-3, The-1) amod(nominee-3, Democratic-2) nsubj(said-4, nominee-3) root(ROOT-0, said-4)"
                + " nsubj(fall-7, fees-5) aux(fall-7, would-6) ccomp(said-4, fall-7) punct(said-4, .-8)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "The Democratic nominee -> Ana Ruiz |", "fees would fall"), found.toString());
  }

  @Test
  void aNominalOfTheSamePartyStillTakesItsNominee() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Republican/JJ nominee/NN Tom/NNP@PERSON Hale/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.",
            "amod(nominee-2, Republican-1) compound(Hale-4, nominee-2) compound(Hale-4, Tom-3) nsubj(toured-5, Hale-4)"
                + " root(ROOT-0, toured-5) det(harbour-7, the-6) obj(toured-5, harbour-7) punct(toured-5, .-8)")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON visited/VBD=visit a/DT school/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(visited-3, Ruiz-2) root(ROOT-0, visited-3) det(school-5, a-4)"
                + " obj(visited-3, school-5) punct(visited-3, .-6)")
        .sentence("The/DT GOP/NNP@ORGANIZATION nominee/NN said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(nominee-3, The-1) compound(nominee-3, GOP-2) nsubj(said-4, nominee-3) root(ROOT-0, said-4)"
                + " nsubj(fall-7, fees-5) aux(fall-7, would-6) ccomp(said-4, fall-7) punct(said-4, .-8)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "The GOP nominee -> Tom Hale |", "fees would fall"), found.toString());
  }
}
