package newsfacts.extract.quotes.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** The cue classifier beside the rules, through the quotes step, with small invented models. */
class LearnedCuesTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  /** A model that trusts verbs with a that-clause and a person subject, and distrusts "say". */
  private static final CueModel MODEL = new CueModel(
      Map.of("bias", -3.0, "ccomp-mark=that", 2.0, "subj=PERSON", 2.0, "lemma=say", -6.0), 0.6, -1);

  private static List<String> described(QuotesStep step, AnnotatedArticle article) {
    return step.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.text() + " | " + q.speakerText() + " | " + q.cue()).toList();
  }

  private static AnnotatedArticle fumed() {
    return Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON fumed/VBD=fume that/IN the/DT road/NN was/VBD=be closed/VBN=close ./.",
            "compound(Ruiz-2, Ana-1) nsubj(fumed-3, Ruiz-2) root(ROOT-0, fumed-3) mark(closed-8, that-4)"
                + " det(road-6, the-5) nsubj:pass(closed-8, road-6) aux:pass(closed-8, was-7) ccomp(fumed-3, closed-8)"
                + " punct(fumed-3, .-9)")
        .build();
  }

  @Test
  void aVerbOutsideTheLexiconBecomesACueWhenTheModelIsConfident() {
    assertEquals(List.of("the road was closed | Ana Ruiz | fumed"), described(new QuotesStep(Docs.lexicon(), MODEL), fumed()));
    assertEquals(List.of(), described(new QuotesStep(Docs.lexicon(), CueModel.none()), fumed()));
  }

  @Test
  void belowTheAddThresholdTheRulesAloneDecide() {
    assertEquals(List.of(), described(new QuotesStep(Docs.lexicon(), MODEL.withThresholds(0.9, -1)), fumed()));
  }

  @Test
  void aKeepThresholdDropsLexiconCuesTheModelScoresLow() {
    AnnotatedArticle said = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say that/IN the/DT road/NN was/VBD=be closed/VBN=close ./.",
            "compound(Ruiz-2, Ana-1) nsubj(said-3, Ruiz-2) root(ROOT-0, said-3) mark(closed-8, that-4)"
                + " det(road-6, the-5) nsubj:pass(closed-8, road-6) aux:pass(closed-8, was-7) ccomp(said-3, closed-8)"
                + " punct(said-3, .-9)")
        .build();
    assertEquals(1, described(new QuotesStep(Docs.lexicon(), MODEL), said).size());
    assertEquals(List.of(), described(new QuotesStep(Docs.lexicon(), MODEL.withThresholds(0.6, 0.5)), said));
  }

  @Test
  void aModelWrittenAndReadBackScoresTheSame() throws IOException {
    StringWriter text = new StringWriter();
    MODEL.write(text, List.of("invented"));
    CueModel read = CueModel.read(new BufferedReader(new StringReader(text.toString())));
    List<String> features = List.of("bias", "subj=PERSON", "ccomp-mark=that");
    assertEquals(MODEL.probability(features), read.probability(features), 1e-4);
    assertTrue(read.adds(features));
  }

  @Test
  void theCommittedModelLoadsFromTheClassPath() {
    CueModel committed = CueModel.load();
    assertTrue(committed.probability(List.of("bias")) > 0);
  }
}
