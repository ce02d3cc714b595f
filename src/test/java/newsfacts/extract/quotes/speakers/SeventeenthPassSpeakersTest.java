package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, seventeenth pass, on invented sentences: the "by" phrase of an opening "Asked by X why C"
 * is the question's source; "the education ministry" does not take another ministry named before;
 * "the agency" is the name once set in apposition with "the water agency".
 */
class SeventeenthPassSpeakersTest {
  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  @Test
  void theByPhraseOfAnOpeningAskedIsTheAsker() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Asked/VBN=ask by/IN Vesnia/NNP@PERSON Orhal/NNP@PERSON why/WRB the/DT ferry/NN was/VBD=be late/JJ ,/,"
            + " Tom/NNP@PERSON Hale/NNP@PERSON said/VBD=say the/DT crew/NN was/VBD=be ill/JJ ./.",
            "advcl(said-13, Asked-1) case(Orhal-4, by-2) compound(Orhal-4, Vesnia-3) obl:agent(Asked-1, Orhal-4)"
                + " advmod(late-9, why-5) det(ferry-7, the-6) nsubj(late-9, ferry-7) cop(late-9, was-8)"
                + " advcl(Asked-1, late-9) punct(said-13, ,-10) compound(Hale-12, Tom-11) nsubj(said-13, Hale-12)"
                + " root(ROOT-0, said-13) det(crew-15, the-14) nsubj(ill-17, crew-15) cop(ill-17, was-16)"
                + " ccomp(said-13, ill-17) punct(said-13, .-18)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "Vesnia Orhal -> Vesnia Orhal |", "the ferry was late"), found.toString());
    assertTrue(has(found, "Tom Hale -> Tom Hale |", "the crew was ill"), found.toString());
  }

  @Test
  void aNounModifiedMinistryIsNotAnotherMinistryNamedBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT Interior/NNP@ORGANIZATION Ministry/NNP@ORGANIZATION said/VBD=say roads/NNS=road were/VBD=be shut/VBN=shut ./.",
            "det(Ministry-3, The-1) compound(Ministry-3, Interior-2) nsubj(said-4, Ministry-3) root(ROOT-0, said-4)"
                + " nsubj:pass(shut-7, roads-5) aux:pass(shut-7, were-6) ccomp(said-4, shut-7) punct(said-4, .-8)")
        .sentence("Schools/NNS=school will/MD close/VB=close ,/, the/DT education/NN ministry/NN said/VBD=say ./.",
            "nsubj(close-3, Schools-1) aux(close-3, will-2) ccomp(said-8, close-3) punct(said-8, ,-4) det(ministry-7, the-5)"
                + " compound(ministry-7, education-6) nsubj(said-8, ministry-7) root(ROOT-0, said-8) punct(said-8, .-9)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(found.stream().noneMatch(q -> q.startsWith("the education ministry -> The Interior Ministry")
        || q.startsWith("the education ministry -> Interior Ministry")), found.toString());
    assertTrue(has(found, "the education ministry -> ", "Schools will close"), found.toString());
  }

  @Test
  void theAgencyIsTheNameInAppositionWithIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT Harbour/NNP@ORGANIZATION Board/NNP@ORGANIZATION said/VBD=say roads/NNS=road were/VBD=be shut/VBN=shut ./.",
            "det(Board-3, The-1) compound(Board-3, Harbour-2) nsubj(said-4, Board-3) root(ROOT-0, said-4)"
                + " nsubj:pass(shut-7, roads-5) aux:pass(shut-7, were-6) ccomp(said-4, shut-7) punct(said-4, .-8)")
        .sentence("The/DT water/NN agency/NN ,/, Kellmar/NNP@ORGANIZATION ,/, checked/VBD=check the/DT dam/NN ./.",
            "det(agency-3, The-1) compound(agency-3, water-2) nsubj(checked-7, agency-3) punct(Kellmar-5, ,-4)"
                + " appos(agency-3, Kellmar-5) punct(Kellmar-5, ,-6) root(ROOT-0, checked-7) det(dam-9, the-8)"
                + " obj(checked-7, dam-9) punct(checked-7, .-10)")
        .sentence("The/DT agency/NN said/VBD=say the/DT dam/NN was/VBD=be sound/JJ ./.",
            "det(agency-2, The-1) nsubj(said-3, agency-2) root(ROOT-0, said-3) det(dam-5, the-4) nsubj(sound-7, dam-5)"
                + " cop(sound-7, was-6) ccomp(said-3, sound-7) punct(said-3, .-8)")
        .build();
    List<String> found = SpokenQuotes.withCues(a);
    assertTrue(has(found, "The agency -> Kellmar |", "the dam was sound"), found.toString());
  }
}
