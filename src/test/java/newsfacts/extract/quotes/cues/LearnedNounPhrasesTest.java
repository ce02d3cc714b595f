package newsfacts.extract.quotes.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** The noun-phrase content classifier: its candidates, features, labels, and its use in the quotes step. */
class LearnedNounPhrasesTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());
  private static final Set<String> LEMMAS = LearnedNounPhrases.candidateLemmas(Docs.lexicon().quotes());
  /** Trusts an object led by "the" after "confirm"; distrusts a negated verb. */
  private static final CueModel MODEL = new CueModel(
      Map.of("bias", -3.0, "lemma=confirm", 2.0, "obj-first=the", 2.0, "negated=true", -5.0), 0.6, -1);

  private static AnnotatedArticle confirmed(String negation) {
    String tokens = negation.isEmpty()
        ? "Lena/NNP@PERSON Ortiz/NNP@PERSON confirmed/VBD=confirm the/DT closure/NN ./."
        : "Lena/NNP@PERSON Ortiz/NNP@PERSON did/VBD=do not/RB confirm/VB=confirm the/DT closure/NN ./.";
    String parse = negation.isEmpty()
        ? "compound(Ortiz-2, Lena-1) nsubj(confirmed-3, Ortiz-2) root(ROOT-0, confirmed-3) det(closure-5, the-4)"
            + " obj(confirmed-3, closure-5) punct(confirmed-3, .-6)"
        : "compound(Ortiz-2, Lena-1) nsubj(confirm-5, Ortiz-2) aux(confirm-5, did-3) advmod(confirm-5, not-4)"
            + " root(ROOT-0, confirm-5) det(closure-7, the-6) obj(confirm-5, closure-7) punct(confirm-5, .-8)";
    return Docs.article("2019-03-14").sentence(tokens, parse).build();
  }

  private static List<String> described(QuotesStep step, AnnotatedArticle article) {
    return step.apply(ENTITIES.apply(Document.of(article))).quotes().stream()
        .map(q -> q.text() + " | " + q.speakerText() + " | " + q.cue()).toList();
  }

  private static ParsedSentence first(AnnotatedArticle a) {
    return new ParsedSentence(a.sentences().get(0));
  }

  @Test
  void aConfidentModelAddsTheObjectTheRulesLeave() {
    assertEquals(List.of("the closure | Lena Ortiz | confirmed"),
        described(new QuotesStep(Docs.lexicon(), CueModel.none(), MODEL), confirmed("")));
    assertEquals(List.of(), described(new QuotesStep(Docs.lexicon(), CueModel.none()), confirmed("")));
    assertEquals(List.of(), described(new QuotesStep(Docs.lexicon(), CueModel.none(), MODEL), confirmed("not")));
  }

  @Test
  void featuresDescribeTheObjectAndTheVerb() {
    List<String> plain = new NpFeatures(Docs.lexicon().quotes()).of(first(confirmed("")), 2, List.of());
    assertTrue(plain.containsAll(List.of("lemma=confirm", "obj-first=the", "obj-length=2", "obj-pos=NN",
        "subj=PERSON", "negated=false", "after-any=false", "obj-quoted=false")), plain.toString());
    List<String> negated = new NpFeatures(Docs.lexicon().quotes()).of(first(confirmed("not")), 4, List.of());
    assertTrue(negated.containsAll(List.of("negated=true", "aux=do")), negated.toString());
    assertTrue(plain.contains("obj-lemma=closure") && plain.contains("obj-speech-noun=false"), plain.toString());
    assertTrue(plain.stream().noneMatch(f -> f.contains("ortiz") || f.contains("lena")), "no proper noun");
  }

  @Test
  void onlyAVerbWithAnObjectAndNoClauseIsACandidate() {
    assertTrue(NpFeatures.isCandidate(first(confirmed("")), 2, LEMMAS));
    AnnotatedArticle urged = Docs.article("2019-03-14")
        .sentence("She/PRP urged/VBD=urge the/DT board/NN to/TO act/VB=act ./.",
            "nsubj(urged-2, She-1) root(ROOT-0, urged-2) det(board-4, the-3) obj(urged-2, board-4)"
                + " mark(act-6, to-5) xcomp(urged-2, act-6) punct(urged-2, .-7)")
        .build();
    assertFalse(NpFeatures.isCandidate(first(urged), 1, LEMMAS), "a to-infinitive is the clausal frames' case");
    AnnotatedArticle denied = Docs.article("2019-03-14")
        .sentence("She/PRP denied/VBD=deny the/DT report/NN ./.",
            "nsubj(denied-2, She-1) root(ROOT-0, denied-2) det(report-4, the-3) obj(denied-2, report-4)"
                + " punct(denied-2, .-5)")
        .build();
    assertFalse(NpFeatures.isCandidate(first(denied), 1, LEMMAS), "np-content-verbs.txt is the rules' case");
  }

  @Test
  void aGoldQuoteNamingTheVerbAndCoveringTheObjectLabelsItContent() {
    AnnotatedArticle a = confirmed("");
    String text = a.text();
    int begin = text.indexOf("the closure");
    Quote gold = new Quote(new CharSpan(begin, begin + "the closure".length()), "", QuoteKind.INDIRECT,
        Optional.of(new CharSpan(0, 10)), "Lena Ortiz", "Lena Ortiz", "confirmed", 0);
    Quote elsewhere = new Quote(new CharSpan(0, 10), "", QuoteKind.INDIRECT,
        Optional.of(new CharSpan(0, 10)), "Lena Ortiz", "Lena Ortiz", "confirmed", 0);
    NpExamples labeller = new NpExamples(new NpFeatures(Docs.lexicon().quotes()), LEMMAS);
    assertTrue(labeller.of(text, a.sentences(), List.of(gold)).get(0).cue());
    assertFalse(labeller.of(text, a.sentences(), List.of(elsewhere)).get(0).cue());
  }

  @Test
  void theCommittedModelLoadsFromTheClassPath() {
    assertTrue(CueModel.load(CueModel.NP_RESOURCE).probability(List.of("bias")) > 0);
  }
}
