package newsfacts.extract.quotes.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Labelling verbs from gold quotes, and the logistic regression learning a separable rule. */
class CueTrainerTest {
  @Test
  void theVerbNamedInAGoldCueIsPositiveAndTheOtherVerbsNegative() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON has/VBZ=have warned/VBN=warn that/IN the/DT road/NN will/MD close/VB=close ./.",
            "compound(Ruiz-2, Ana-1) nsubj(warned-4, Ruiz-2) aux(warned-4, has-3) root(ROOT-0, warned-4)"
                + " mark(close-9, that-5) det(road-7, the-6) nsubj(close-9, road-7) aux(close-9, will-8)"
                + " ccomp(warned-4, close-9) punct(warned-4, .-10)")
        .build();
    String text = a.text();
    int begin = text.indexOf("the road");
    Quote gold = new Quote(new CharSpan(begin, text.indexOf(" .") > 0 ? text.indexOf(" .") : text.length() - 1), "",
        QuoteKind.INDIRECT, Optional.of(new CharSpan(0, 8)), "Ana Ruiz", "Ana Ruiz", "has warned", 0);
    List<CueTrainer.Example> examples = new CueExamples(new CueFeatures(Docs.lexicon().quotes().reportingVerbs()))
        .of(text, a.sentences(), List.of(gold));
    assertEquals(2, examples.size(), "warned and close; has is an auxiliary");
    assertTrue(examples.get(0).cue() && examples.get(0).features().contains("lemma=warn"));
    assertTrue(!examples.get(1).cue() && examples.get(1).features().contains("lemma=close"));
  }

  @Test
  void logisticRegressionLearnsWhichFeatureMarksACue() {
    List<CueTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      examples.add(new CueTrainer.Example(List.of("bias", "child=ccomp", "noise=" + (i % 3)), true));
      examples.add(new CueTrainer.Example(List.of("bias", "child=obj", "noise=" + (i % 3)), false));
    }
    Map<String, Double> weights = new CueTrainer(5, 0.1, 1e-4, 3).train(examples, 7);
    CueModel model = new CueModel(weights, 0.5, -1);
    assertTrue(model.probability(List.of("bias", "child=ccomp")) > 0.8, weights.toString());
    assertTrue(model.probability(List.of("bias", "child=obj")) < 0.2);
  }
}
