package newsfacts.extract.dates;

import java.util.EnumSet;
import java.util.Set;
import newsfacts.extract.Document;
import newsfacts.extract.Lexicon;
import newsfacts.extract.Step;
import newsfacts.model.Layer;

/** Time expressions after the scheme's TempEval-3 conventions, anchored to the article's date. */
public final class DatesStep implements Step {
  private final DateExtractor extractor;

  public DatesStep(Lexicon lexicon) {
    this.extractor = new DateExtractor(lexicon.dates());
  }

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.TOKENS, Layer.TIMEX, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.DATES);
  }

  @Override
  public Document apply(Document document) {
    return document.withDates(extractor.extract(document.annotated(), document.entities()));
  }
}
