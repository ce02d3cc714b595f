package newsfacts.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Properties;
import newsfacts.config.Settings;
import newsfacts.model.Layer;
import org.junit.jupiter.api.Test;

/** The layers a CoreNLP configuration provides, read from its properties without loading a model. */
class CoreNlpLayersTest {
  @Test
  void theShippedConfigurationProvidesEveryAnnotationLayer() {
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES, Layer.FINE_NER, Layer.TIMEX),
        CoreNlpLayers.provided(Settings.defaultCoreNlpProperties()));
  }

  @Test
  void switchedOffNerRulesAndAMissingParserRemoveTheirLayers() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize, ssplit, pos, lemma, ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", " FALSE ");
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS), CoreNlpLayers.provided(p));
  }
}
