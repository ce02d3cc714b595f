package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * The passive subject of a cue with no "by" phrase is the one asked or told, not the source, and
 * so is the subject next to a fronted "Asked whether ...": the quote has no speaker mention. With
 * an agent, or when the parse merely labels the subject of an active "said" passive, the source
 * stays.
 */
class UnstatedSourcesTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final QuotesStep STEP = new QuotesStep(Docs.lexicon());

  /** Each quote as "speaker mention [start] | quote text". */
  private static List<String> quotes(AnnotatedArticle article) {
    return STEP.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.speakerText() + " [" + q.speakerMention().map(m -> m.begin()).orElse(-1) + "] | " + q.text()).toList();
  }

  @Test
  void theOneAskedIsNotTheSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON was/VBD=be asked/VBN=ask to/TO explain/VB=explain the/DT"
            + " new/JJ harbour/NN fees/NNS=fee ./.",
            "compound(Ruiz-2, Ana-1) nsubj:pass(asked-4, Ruiz-2) aux:pass(asked-4, was-3) root(ROOT-0, asked-4)"
                + " mark(explain-6, to-5) xcomp(asked-4, explain-6) det(fees-10, the-7) amod(fees-10, new-8)"
                + " compound(fees-10, harbour-9) obj(explain-6, fees-10) punct(asked-4, .-11)")
        .build();
    assertEquals(List.of(" [-1] | to explain the new harbour fees"), quotes(a));
  }

  @Test
  void aFrontedAskedHasNoSourceButTheAnswerKeepsItsOwn() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Asked/VBN=ask whether/IN the/DT fees/NNS=fee would/MD rise/VB=rise ,/, Ana/NNP@PERSON"
            + " Ruiz/NNP@PERSON said/VBD=say they/PRP would/MD ./.",
            "advcl(said-10, Asked-1) mark(rise-6, whether-2) det(fees-4, the-3) nsubj(rise-6, fees-4)"
                + " aux(rise-6, would-5) ccomp(Asked-1, rise-6) punct(said-10, ,-7) compound(Ruiz-9, Ana-8)"
                + " nsubj(said-10, Ruiz-9) root(ROOT-0, said-10) nsubj(would-12, they-11) ccomp(said-10, would-12)"
                + " punct(said-10, .-13)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.contains(" [-1] | whether the fees would rise"), found.toString());
    assertTrue(found.stream().anyMatch(q -> q.startsWith("Ana Ruiz [")), "her answer is hers: " + found);
  }

  @Test
  void withAnAgentASourceIsStated() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON was/VBD=be asked/VBN=ask by/IN Tom/NNP@PERSON Hale/NNP@PERSON"
            + " to/TO explain/VB=explain the/DT new/JJ harbour/NN fees/NNS=fee ./.",
            "compound(Ruiz-2, Ana-1) nsubj:pass(asked-4, Ruiz-2) aux:pass(asked-4, was-3) root(ROOT-0, asked-4)"
                + " case(Hale-7, by-5) compound(Hale-7, Tom-6) obl:agent(asked-4, Hale-7)"
                + " mark(explain-9, to-8) xcomp(asked-4, explain-9) det(fees-13, the-10) amod(fees-13, new-11)"
                + " compound(fees-13, harbour-12) obj(explain-9, fees-13) punct(asked-4, .-14)")
        .build();
    assertEquals(1, quotes(a).size());
    assertFalse(quotes(a).get(0).contains("[-1]"), "a source is stated");
  }

  @Test
  void aSaidParsedAsPassiveKeepsItsSubject() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` The/DT fees/NNS=fee will/MD rise/VB=rise ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.",
            "punct(rise-5, \"-1) det(fees-3, The-2) nsubj(rise-5, fees-3) aux(rise-5, will-4) ccomp(said-10, rise-5)"
                + " punct(said-10, ,-6) punct(said-10, \"-7) compound(Ruiz-9, Ana-8) nsubj:pass(said-10, Ruiz-9)"
                + " root(ROOT-0, said-10) punct(said-10, .-11)")
        .build();
    assertEquals(List.of("Ana Ruiz [22] | \"The fees will rise,\""), quotes(a));
  }
}
