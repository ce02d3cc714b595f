package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Last repairs of the source mention, through the quotes step on invented sentences: a dateline
 * the parse takes for the subject, a person's name in apposition to a nominal subject, and the
 * "by" phrase of a cue that is a participle with no subject of its own.
 */
class SourceRepairsTest {
  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.described(article);
  }

  @Test
  void aDatelineIsNotTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("HARBOURTON/NNP@CITY -/HYPH Mayor/NNP Ana/NNP@PERSON Ruiz/NNP@PERSON defended/VBD=defend the/DT"
            + " plan/NN ,/, saying/VBG=say fees/NNS=fee would/MD rise/VB=rise ./.",
            "nsubj(defended-6, HARBOURTON-1) punct(HARBOURTON-1, --2) compound(Ruiz-5, Mayor-3)"
                + " compound(Ruiz-5, Ana-4) dep(HARBOURTON-1, Ruiz-5) root(ROOT-0, defended-6) det(plan-8, the-7)"
                + " obj(defended-6, plan-8) punct(defended-6, ,-9) advcl(defended-6, saying-10)"
                + " nsubj(rise-13, fees-11) aux(rise-13, would-12) ccomp(saying-10, rise-13) punct(defended-6, .-14)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.contains("Ana Ruiz ->") && q.endsWith("| fees would rise")), found.toString());
  }

  @Test
  void aNameInAppositionIsTheMentionNearestTheQuote() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT spokesman/NN ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, said/VBD=say that/IN fees/NNS=fee"
            + " would/MD rise/VB=rise ./.",
            "det(spokesman-2, The-1) nsubj(said-7, spokesman-2) punct(Ruiz-5, ,-3) compound(Ruiz-5, Ana-4)"
                + " appos(spokesman-2, Ruiz-5) punct(Ruiz-5, ,-6) root(ROOT-0, said-7) mark(rise-11, that-8)"
                + " nsubj(rise-11, fees-9) aux(rise-11, would-10) ccomp(said-7, rise-11) punct(said-7, .-12)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("Ana Ruiz -> Ana Ruiz |") && q.contains("fees would rise")),
        found.toString());
  }

  @Test
  void theOneWhoAsksIsTheSourceOfTheQuestion() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("When/WRB asked/VBN=ask by/IN Tom/NNP@PERSON Hale/NNP@PERSON whether/IN fees/NNS=fee would/MD"
            + " rise/VB=rise ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say no/UH ./.",
            "advmod(asked-2, When-1) advcl(said-13, asked-2) case(Hale-5, by-3) compound(Hale-5, Tom-4)"
                + " obl:agent(asked-2, Hale-5) mark(rise-9, whether-6) nsubj(rise-9, fees-7) aux(rise-9, would-8)"
                + " ccomp(asked-2, rise-9) punct(said-13, ,-10) compound(Ruiz-12, Ana-11) nsubj(said-13, Ruiz-12)"
                + " root(ROOT-0, said-13) obj(said-13, no-14) punct(said-13, .-15)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("Tom Hale -> Tom Hale |") && q.contains("fees would rise")),
        found.toString());
    // The asker is stated: the question is not also kept as one with no source (AskedOpeners).
    assertTrue(found.stream().noneMatch(q -> q.startsWith(" -> ") && q.contains("fees would rise")), found.toString());
  }
}
