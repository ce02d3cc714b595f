package newsfacts.annotate.corenlp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import newsfacts.model.Layer;

/**
 * The layers a CoreNLP configuration provides, read from its properties alone, so that a run can
 * be refused before any model is loaded. Defaults follow CoreNLP's: the NER annotator runs SUTime
 * and the fine-grained rules unless told not to.
 */
public final class CoreNlpLayers {
  private CoreNlpLayers() {}

  public static Set<Layer> provided(Properties properties) {
    List<String> annotators = Arrays.stream(properties.getProperty("annotators", "").split(","))
        .map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    if (annotators.contains("tokenize")) {
      layers.add(Layer.TOKENS);
    }
    if (annotators.contains("pos")) {
      layers.add(Layer.POS);
    }
    if (annotators.contains("lemma")) {
      layers.add(Layer.LEMMAS);
    }
    if (annotators.contains("depparse") || annotators.contains("parse")) {
      layers.add(Layer.DEPENDENCIES);
    }
    if (annotators.contains("ner")) {
      if (isOn(properties, "ner.applyFineGrained")) {
        layers.add(Layer.FINE_NER);
      }
      if (isOn(properties, "ner.useSUTime")) {
        layers.add(Layer.TIMEX);
      }
    }
    if (annotators.contains("coref")) {
      layers.add(Layer.COREF);
    }
    return layers;
  }

  private static boolean isOn(Properties properties, String key) {
    return !properties.getProperty(key, "true").strip().equalsIgnoreCase("false");
  }
}
