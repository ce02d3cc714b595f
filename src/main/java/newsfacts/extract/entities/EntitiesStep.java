package newsfacts.extract.entities;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.Document;
import newsfacts.extract.EntityWords;
import newsfacts.extract.Lexicon;
import newsfacts.extract.NameVariants;
import newsfacts.extract.Step;
import newsfacts.model.Layer;

/** Named mentions in the scheme's types, repaired and linked to their canonical names. */
public final class EntitiesStep implements Step {
  private final EntityExtractor extractor;
  private final EntityLinker linker;

  public EntitiesStep(Lexicon lexicon) {
    EntityWords words = lexicon.entities();
    NameVariants names = new NameVariants(words.acronymSkippedWords());
    this.extractor = new EntityExtractor(words, names, lexicon.demonyms());
    this.linker = new EntityLinker(names, lexicon.speakers(), titleWords(lexicon));
  }

  /** Titles before a name, lower-cased: title-words.txt and both sides of title-abbreviations.txt. */
  static Set<String> titleWords(Lexicon lexicon) {
    Set<String> titles = new HashSet<>();
    lexicon.relations().titleWords().forEach(t -> titles.add(t.toLowerCase(Locale.ROOT)));
    titles.addAll(lexicon.speakers().titleAbbreviations().keySet());
    titles.addAll(lexicon.speakers().titleAbbreviations().values());
    return Set.copyOf(titles);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.FINE_NER);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    return document.withEntities(linker.link(document.text(), extractor.extract(document.annotated())));
  }
}
