package newsfacts.extract.quotes.cues;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.CharSpan;

/**
 * The cue classifier beside the rules: a verb outside the reporting-verb lexicon becomes a cue
 * when the model is confident ("The mayor fumed that the road was closed"), and a lexicon verb
 * stays one unless the model scores it below its keep threshold.
 */
public final class LearnedCues {
  private final CueModel model;
  private final CueFeatures features;

  public LearnedCues(CueModel model, CueFeatures features) {
    this.model = model;
    this.features = features;
  }

  /**
   * @param byRules whether the rules' lexicon takes the verb as a cue
   */
  public boolean isCue(ParsedSentence p, int t, boolean byRules, List<CharSpan> quotations) {
    if (byRules) {
      return model.keepsAll() || model.keeps(features.of(p, t, quotations));
    }
    return !model.addsNone() && CueFeatures.isCandidate(p, t) && model.adds(features.of(p, t, quotations));
  }

  /** The model's probability that the verb is a cue. */
  public double probability(ParsedSentence p, int t, List<CharSpan> quotations) {
    return model.probability(features.of(p, t, quotations));
  }
}
