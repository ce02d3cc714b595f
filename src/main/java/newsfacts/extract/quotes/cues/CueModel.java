package newsfacts.extract.quotes.cues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over {@link CueFeatures}: the probability that a verb is a reporting cue.
 * Stored as text, one "feature TAB weight" a line, after "#" comment lines and two thresholds:
 * {@code @add} (a verb the rules do not take becomes a cue above it) and {@code @keep} (a verb
 * the rules take stays a cue above it).
 */
public final class CueModel {
  /** The model committed with the code (trained by {@code ./run.sh train-cues}). */
  public static final String RESOURCE = "/newsfacts/quotes/cue-model.tsv";
  /** The noun-phrase content model ({@code ./run.sh train-cues --np}; see {@link LearnedNounPhrases}). */
  public static final String NP_RESOURCE = "/newsfacts/quotes/np-model.tsv";

  private final Map<String, Double> weights;
  private final double addThreshold;
  private final double keepThreshold;

  public CueModel(Map<String, Double> weights, double addThreshold, double keepThreshold) {
    this.weights = Map.copyOf(weights);
    this.addThreshold = addThreshold;
    this.keepThreshold = keepThreshold;
  }

  /** A model that adds nothing and keeps everything (for tests of the rules alone). */
  public static CueModel none() {
    return new CueModel(Map.of(), 2, -1);
  }

  public static CueModel load() {
    return load(RESOURCE);
  }

  public static CueModel load(String resource) {
    try (InputStream in = CueModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CueModel read(BufferedReader reader) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    double add = 2;
    double keep = -1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String name = line.substring(0, tab);
      double value = Double.parseDouble(line.substring(tab + 1));
      switch (name) {
        case "@add" -> add = value;
        case "@keep" -> keep = value;
        default -> weights.put(name, value);
      }
    }
    return new CueModel(weights, add, keep);
  }

  public double probability(Collection<String> features) {
    double sum = 0;
    for (String f : features) {
      sum += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** Whether every verb the rules take stays a cue, whatever it scores. */
  public boolean keepsAll() {
    return keepThreshold < 0;
  }

  /** Whether no verb the rules miss can become a cue. */
  public boolean addsNone() {
    return addThreshold > 1;
  }

  /** Whether a verb the rules missed is a cue. */
  public boolean adds(Collection<String> features) {
    return addThreshold <= 1 && probability(features) >= addThreshold;
  }

  /** Whether a verb the rules found stays a cue. */
  public boolean keeps(Collection<String> features) {
    return keepThreshold < 0 || probability(features) >= keepThreshold;
  }

  public CueModel withThresholds(double add, double keep) {
    return new CueModel(weights, add, keep);
  }

  /** Writes the model in the format {@link #load} reads, features sorted, after the comment lines. */
  public void write(Writer out, List<String> comments) throws IOException {
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    out.write(String.format(Locale.ROOT, "@add\t%s%n@keep\t%s%n", addThreshold, keepThreshold));
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
    }
  }
}
