package newsfacts.extract.quotes.cues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.quotes.QuotationMarks;
import newsfacts.model.CharSpan;
import newsfacts.model.Quote;
import newsfacts.model.Sentence;

/**
 * Training examples for the noun-phrase content classifier: every candidate of {@link NpFeatures},
 * labelled content when a gold attribution names the verb's word in its cue and covers the object
 * as the scorer matches (the object overlaps at least 0.3 of the gold content).
 */
public final class NpExamples {
  /** The share of the gold content the object must cover, as in the scorer's span_0.3. */
  static final double SHARE = 0.3;

  private final NpFeatures features;
  private final Set<String> lemmas;

  /** @param lemmas the verbs whose objects are candidates */
  public NpExamples(NpFeatures features, Set<String> lemmas) {
    this.features = features;
    this.lemmas = lemmas;
  }

  public List<CueTrainer.Example> of(String text, List<Sentence> sentences, List<Quote> gold) {
    List<CharSpan> quotations = QuotationMarks.find(text);
    List<CueTrainer.Example> examples = new ArrayList<>();
    for (Sentence sentence : sentences) {
      ParsedSentence p = new ParsedSentence(sentence);
      for (int t = 0; t < p.size(); t++) {
        if (NpFeatures.isCandidate(p, t, lemmas)) {
          CharSpan object = p.span(p.subtree(NpFeatures.object(p, t)));
          String word = p.token(t).word().toLowerCase(Locale.ROOT);
          boolean content = gold.stream().anyMatch(q -> names(q, word) && covers(object, q.span()));
          examples.add(new CueTrainer.Example(features.of(p, t, quotations), content));
        }
      }
    }
    return examples;
  }

  private static boolean names(Quote q, String word) {
    return q.cue() != null && Arrays.asList(q.cue().toLowerCase(Locale.ROOT).split("\\s+")).contains(word);
  }

  static boolean covers(CharSpan object, CharSpan gold) {
    return gold.length() > 0 && object.overlapLength(gold) >= SHARE * gold.length();
  }
}
