package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A plural organisation nominal ("the companies said") stands for several organisations: it never
 * takes the one organisation quoted last, as the singular "the company said" does.
 */
class PluralOrganizationNominalsTest {
  private static List<String> afterAcmeSaid(String subject, String noun, String lemma) {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Acme/NNP@ORGANIZATION said/VBD=say profits/NNS=profit rose/VBD=rise ./.",
            "nsubj(said-2, Acme-1) root(ROOT-0, said-2) nsubj(rose-4, profits-3) ccomp(said-2, rose-4) punct(said-2, .-5)")
        .sentence("The/DT " + subject + "/" + noun + "=" + lemma + " said/VBD=say fees/NNS=fee would/MD fall/VB=fall ./.",
            "det(" + subject + "-2, The-1) nsubj(said-3, " + subject + "-2) root(ROOT-0, said-3)"
                + " nsubj(fall-6, fees-4) aux(fall-6, would-5) ccomp(said-3, fall-6) punct(said-3, .-7)")
        .build();
    return SpokenQuotes.withCues(a);
  }

  @Test
  void theCompaniesAreNotTheCompanyQuotedLast() {
    List<String> found = afterAcmeSaid("companies", "NNS", "company");
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The companies -> The companies |") && q.contains("fees would fall")),
        found.toString());
  }

  @Test
  void theCompanyIsTheCompanyQuotedLast() {
    List<String> found = afterAcmeSaid("company", "NN", "company");
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The company -> Acme |") && q.contains("fees would fall")),
        found.toString());
  }
}
