package newsfacts.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import newsfacts.config.Settings;

/** Pipeline variants the benchmark compares, each as overrides of the default CoreNLP settings. */
public final class Configurations {
  private Configurations() {}

  public static final Map<String, Map<String, String>> VARIANTS = variants();

  private static Map<String, Map<String, String>> variants() {
    Map<String, Map<String, String>> v = new LinkedHashMap<>();
    v.put("default", Map.of());
    v.put("conll-ner-only", Map.of("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"));
    v.put("sequential-loading", Map.of("newsfacts.parallelLoading", "false"));
    v.put("full-gazetteer", Map.of("newsfacts.leanGazetteer", "false"));
    v.put("two-crf-models", Map.of("ner.model",
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"));
    v.put("constituency-parse", Map.of("annotators", "tokenize,ssplit,pos,lemma,ner,parse"));
    return v;
  }

  public static Properties properties(String name) {
    Map<String, String> overrides = VARIANTS.get(name);
    if (overrides == null) {
      throw new IllegalArgumentException("unknown configuration '" + name + "'; known: " + VARIANTS.keySet());
    }
    Properties p = Settings.defaultCoreNlpProperties();
    overrides.forEach(p::setProperty);
    return p;
  }
}
