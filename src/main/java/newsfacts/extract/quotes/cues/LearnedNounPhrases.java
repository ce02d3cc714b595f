package newsfacts.extract.quotes.cues;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.CharSpan;

/**
 * The noun-phrase content classifier beside the rules: a verb that the noun-phrase rules do not
 * cover (not in np-content-verbs.txt), with an object and no clause, reports its object when the
 * model is confident ("The council rejected the proposal" yes, "She tweeted a photo" no). The
 * caller asks only where the rules found no reading.
 */
public final class LearnedNounPhrases {
  private final CueModel model;
  private final NpFeatures features;
  private final QuoteWords words;

  public LearnedNounPhrases(CueModel model, QuoteWords words) {
    this.model = model;
    this.words = words;
    this.features = new NpFeatures(words.reportingVerbs());
  }

  /** Whether the verb's object is what it reports. */
  public boolean reportsObject(ParsedSentence p, int t, List<CharSpan> quotations) {
    return !model.addsNone() && NpFeatures.isCandidate(p, t, words.npContentVerbs())
        && model.adds(features.of(p, t, quotations));
  }
}
