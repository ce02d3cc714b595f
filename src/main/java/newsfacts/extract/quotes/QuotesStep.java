package newsfacts.extract.quotes;

import java.util.EnumSet;
import java.util.Set;
import newsfacts.extract.Document;
import newsfacts.extract.Lexicon;
import newsfacts.extract.Step;
import newsfacts.extract.quotes.cues.CueModel;
import newsfacts.model.Layer;

/** Reported speech with its content span, kind, cue and resolved speaker. */
public final class QuotesStep implements Step {
  private final QuoteExtractor extractor;

  public QuotesStep(Lexicon lexicon) {
    this(lexicon, CueModel.load(), CueModel.load(CueModel.NP_RESOURCE));
  }

  /** @param cueModel the cue classifier beside the rules ({@link CueModel#none()} for the rules alone) */
  public QuotesStep(Lexicon lexicon, CueModel cueModel) {
    this(lexicon, cueModel, CueModel.none());
  }

  /** @param npModel the noun-phrase content classifier beside the rules ({@link CueModel#none()}: off) */
  public QuotesStep(Lexicon lexicon, CueModel cueModel, CueModel npModel) {
    this.extractor = new QuoteExtractor(lexicon.quotes(), lexicon.speakers(), cueModel, npModel);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document document) {
    return document.withQuotes(extractor.extract(document.annotated(), document.entities()));
  }
}
