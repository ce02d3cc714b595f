package newsfacts.extract.quotes.cues;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.CharSpan;

/**
 * The noun-phrase content classifier beside the rules: a lexicon reporting verb that the
 * noun-phrase rules do not cover (not in np-content-verbs.txt), with an object and no clause,
 * reports its object when the model is confident ("The mayor confirmed the closure" yes, "She
 * tweeted a photo" no). The caller asks only where the rules found no reading.
 */
public final class LearnedNounPhrases {
  private final CueModel model;
  private final NpFeatures features;
  private final Set<String> lemmas;

  public LearnedNounPhrases(CueModel model, QuoteWords words) {
    this.model = model;
    this.features = new NpFeatures(words);
    this.lemmas = candidateLemmas(words);
  }

  /** The verbs whose objects the model decides: the lexicon's reporting verbs less np-content-verbs.txt. */
  public static Set<String> candidateLemmas(QuoteWords words) {
    Set<String> lemmas = new HashSet<>(words.reportingVerbs());
    lemmas.removeAll(words.npContentVerbs());
    return Set.copyOf(lemmas);
  }

  /** Whether the verb's object is what it reports. */
  public boolean reportsObject(ParsedSentence p, int t, List<CharSpan> quotations) {
    return !model.addsNone() && NpFeatures.isCandidate(p, t, lemmas) && model.adds(features.of(p, t, quotations));
  }
}
