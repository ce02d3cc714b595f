package newsfacts.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import newsfacts.config.Settings;
import newsfacts.model.Layer;
import org.junit.jupiter.api.Test;

/** What a CoreNLP configuration provides, read from its properties without loading a model. */
class CoreNlpLayersTest {
  private static Properties with(String key, String value) {
    Properties p = Settings.defaultCoreNlpProperties();
    p.setProperty(key, value);
    return p;
  }

  @Test
  void theDefaultConfigurationProvidesEveryAnnotation() {
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES, Layer.FINE_NER, Layer.TIMEX),
        CoreNlpLayers.provided(Settings.defaultCoreNlpProperties()));
  }

  @Test
  void aConstituencyParseAlsoGivesDependencies() {
    assertEquals(true, CoreNlpLayers.provided(with("annotators", "tokenize,ssplit,pos,lemma,ner,parse"))
        .contains(Layer.DEPENDENCIES));
  }

  @Test
  void switchingOffFineGrainedNerOrSuTimeRemovesTheirLayers() {
    assertEquals(false, CoreNlpLayers.provided(with("ner.applyFineGrained", "false")).contains(Layer.FINE_NER));
    assertEquals(false, CoreNlpLayers.provided(with("ner.useSUTime", " False ")).contains(Layer.TIMEX));
  }

  @Test
  void withoutNerThereAreNoMentionsAndNoTimeExpressions() {
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS),
        CoreNlpLayers.provided(with("annotators", "tokenize, ssplit, pos, lemma")));
  }

  @Test
  void theCorefOptionAddsStatisticalCoreferenceOnTheDependencyParse() {
    Settings settings = new Settings(Path.of("in"), Path.of("out"), Optional.empty(), Optional.empty(),
        1, Settings.DEFAULT_MAX_BYTES, true, false, Settings.defaultCoreNlpProperties()).withCoreference();
    assertEquals(true, CoreNlpLayers.provided(settings.corenlp()).contains(Layer.COREF));
    assertEquals("statistical", settings.corenlp().getProperty("coref.algorithm"));
    assertEquals("dep", settings.corenlp().getProperty("coref.md.type"));
    assertEquals(false, CoreNlpLayers.provided(Settings.defaultCoreNlpProperties()).contains(Layer.COREF));
  }
}
