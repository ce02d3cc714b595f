package newsfacts.extract.relations;

import java.util.EnumSet;
import java.util.Set;
import newsfacts.extract.Document;
import newsfacts.extract.Lexicon;
import newsfacts.extract.Step;
import newsfacts.model.Layer;

/** Facts between the article's entities (TAC KBP slots). */
public final class RelationsStep implements Step {
  private final RelationExtractor extractor;

  public RelationsStep(Lexicon lexicon) {
    this.extractor = new RelationExtractor(lexicon.relations(), lexicon.demonyms());
  }

  @Override
  public String name() {
    return "relations";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.FINE_NER, Layer.ENTITIES, Layer.DATES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.RELATIONS);
  }

  @Override
  public Document apply(Document document) {
    return document.withRelations(extractor.extract(document.annotated(), document.entities(), document.dates()));
  }
}
