package newsfacts.extract.quotes.cues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training the cue model from examples grouped by article: a check on held-out articles (every
 * fifth) that prints precision and recall per threshold, then the model trained on all of them.
 * Examples can be saved to and read from a file (label, then the features, tab-separated, one
 * verb a line, a blank line between articles) so that the model can be retrained without parsing.
 */
public final class CueTraining {
  private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  private final CueTrainer trainer;

  public CueTraining(CueTrainer trainer) {
    this.trainer = trainer;
  }

  public Map<String, Double> train(List<List<CueTrainer.Example>> articles, PrintWriter report) {
    List<CueTrainer.Example> train = new ArrayList<>();
    List<CueTrainer.Example> held = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      (i % 5 == 4 ? held : train).addAll(articles.get(i));
    }
    CueModel check = new CueModel(trainer.train(train, 1), 2, -1);
    report.printf(Locale.ROOT, "held-out check: trained on %d verbs, tested on %d (%d cues)%n", train.size(),
        held.size(), held.stream().filter(CueTrainer.Example::cue).count());
    for (double threshold : THRESHOLDS) {
      printScores(check, held, threshold, report);
    }
    List<CueTrainer.Example> all = new ArrayList<>(train);
    all.addAll(held);
    return trainer.train(all, 1);
  }

  /** Precision and recall of the model at one threshold, overall and on the verbs outside the lexicon. */
  private static void printScores(CueModel model, List<CueTrainer.Example> held, double threshold, PrintWriter report) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int newTp = 0;
    int newFp = 0;
    for (CueTrainer.Example e : held) {
      boolean predicted = model.probability(e.features()) >= threshold;
      boolean lexicon = e.features().contains("lexicon=true");
      tp += predicted && e.cue() ? 1 : 0;
      fp += predicted && !e.cue() ? 1 : 0;
      fn += !predicted && e.cue() ? 1 : 0;
      newTp += predicted && e.cue() && !lexicon ? 1 : 0;
      newFp += predicted && !e.cue() && !lexicon ? 1 : 0;
    }
    report.printf(Locale.ROOT, "  p>=%.1f  P %.3f  R %.3f  (outside the lexicon: %d right, %d wrong)%n", threshold,
        tp / Math.max(1.0, tp + fp), tp / Math.max(1.0, tp + fn), newTp, newFp);
  }

  public static void save(List<List<CueTrainer.Example>> articles, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (List<CueTrainer.Example> article : articles) {
        for (CueTrainer.Example e : article) {
          out.write((e.cue() ? "1" : "0") + "\t" + String.join("\t", e.features()) + "\n");
        }
        out.write("\n");
      }
    }
  }

  public static List<List<CueTrainer.Example>> read(Path file) throws IOException {
    List<List<CueTrainer.Example>> articles = new ArrayList<>();
    List<CueTrainer.Example> current = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          articles.add(current);
          current = new ArrayList<>();
          continue;
        }
        String[] cells = line.split("\t");
        List<String> features = Arrays.asList(cells).subList(1, cells.length).stream().filter(CueFeatures::isKnown).toList();
        current.add(new CueTrainer.Example(features, cells[0].equals("1")));
      }
    }
    if (!current.isEmpty()) {
      articles.add(current);
    }
    return articles;
  }
}
