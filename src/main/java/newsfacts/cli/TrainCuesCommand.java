package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.corenlp.CoreNlpAnnotator;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.ArticleProcessor;
import newsfacts.app.BatchRunner;
import newsfacts.app.Pipeline;
import newsfacts.config.Settings;
import newsfacts.extract.Lexicon;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.cues.CueExamples;
import newsfacts.extract.quotes.cues.CueFeatures;
import newsfacts.extract.quotes.cues.CueModel;
import newsfacts.extract.quotes.cues.CueTrainer;
import newsfacts.extract.quotes.cues.CueTraining;
import newsfacts.extract.quotes.cues.LearnedNounPhrases;
import newsfacts.extract.quotes.cues.NpExamples;
import newsfacts.extract.quotes.cues.NpFeatures;
import newsfacts.ingest.ArticleList;
import newsfacts.ingest.ArticleReader;
import newsfacts.ingest.Manifest;
import newsfacts.model.AnnotationSet;
import newsfacts.model.Quote;
import newsfacts.model.Sentence;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train-cues",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the quote-cue classifier on annotated articles and their gold quotes.csv, and",
      "writes its weights (the committed model is src/main/resources" + CueModel.RESOURCE + ").",
      "With --np, trains the noun-phrase content classifier instead (src/main/resources" + CueModel.NP_RESOURCE + ")."
    })
final class TrainCuesCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--input", paramLabel = "DIR", description = "Articles (.txt).")
  Path input;

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold tables with quotes.csv for those articles.")
  Path gold;

  @Option(names = "--manifest", paramLabel = "FILE", description = "Publication dates (doc_id,doc_date).")
  Path manifest;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where the model goes.")
  Path output;

  @Option(names = "--save-examples", paramLabel = "FILE", description = "Also write the labelled verbs' features here.")
  Path saveExamples;

  @Option(names = "--examples", paramLabel = "FILE", description = "Train from saved examples instead of annotating.")
  Path examples;

  @Option(names = "--annotation-cache", paramLabel = "DIR",
      description = "Reuse (and store) CoreNLP's annotations of each article in DIR, as the run does.")
  Path annotationCache;

  @Option(names = "--threads", defaultValue = "1", description = "Annotation threads (default 1).")
  int threads;

  @Option(names = "--add", defaultValue = "0.7", description = "Probability above which a verb the rules miss is a cue.")
  double add;

  @Option(names = "--np", description = "Train the noun-phrase content classifier (reporting verb + object).")
  boolean nounPhrases;

  @Option(names = "--keep", defaultValue = "-1", description = "Probability a rule cue needs to stay (-1: all stay).")
  double keep;

  TrainCuesCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    List<List<CueTrainer.Example>> articles;
    try {
      articles = examples != null ? CueTraining.read(examples) : annotate();
    } catch (TableFormatException | IOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    if (saveExamples != null) {
      CueTraining.save(articles, saveExamples);
    }
    Map<String, Double> weights = new CueTraining(new CueTrainer(5, 0.1, 1e-4, 5)).train(articles, out);
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      new CueModel(weights, add, keep).write(w, List.of(
          nounPhrases ? "Noun-phrase content classifier: logistic regression weights over NpFeatures, one a line."
              : "Quote-cue classifier: logistic regression weights over CueFeatures, one feature a line.",
          String.format(Locale.ROOT, "Trained by ./run.sh train-cues on %d articles (%s), gold %s.", articles.size(),
              input != null ? input.getFileName() : examples.getFileName(), gold != null ? gold.getFileName() : "-")));
    }
    out.printf(Locale.ROOT, "%d weights written to %s%n", weights.size(), output);
    return ExitCodes.OK;
  }

  private List<List<CueTrainer.Example>> annotate() throws IOException, TableFormatException {
    if (input == null || gold == null) {
      throw new IOException("give --input and --gold (or --examples)");
    }
    AnnotationSet goldSet = TableSet.load(gold);
    Manifest dates = manifest != null ? Manifest.load(manifest) : Manifest.empty();
    ArticleList list = new ArticleReader(Settings.DEFAULT_MAX_BYTES).listFolder(input);
    Path temporary = Files.createTempDirectory("newsfacts-train");
    var corenlp = Settings.defaultCoreNlpProperties();
    corenlp.setProperty(CoreNlpAnnotator.TEMPORARY_FOLDER, temporary.toString());
    Supplier<Annotator> load = () -> new CoreNlpAnnotator(corenlp);
    Supplier<Annotator> annotator = CachingAnnotators.around(annotationCache, corenlp, load);
    ArticleProcessor processor = Pipeline.build(CoreNlpLayers.provided(corenlp), annotator, dates, Optional.empty());
    Labeller labeller = labeller();
    List<List<CueTrainer.Example>> result = new ArrayList<>();
    new BatchRunner(processor, threads).run(list, r -> result.add(labeller.of(r.text(), r.sentences(),
        goldSet.document(r.document().docId()).quotes())), (done, total, id) -> {
          if (done % 50 == 0) {
            err.printf(Locale.ROOT, "%d/%d articles%n", done, total);
          }
        });
    return result;
  }

  /** Labelled examples of one article. */
  private interface Labeller {
    List<CueTrainer.Example> of(String text, List<Sentence> sentences, List<Quote> gold);
  }

  private Labeller labeller() {
    QuoteWords words = Lexicon.load().quotes();
    if (nounPhrases) {
      return new NpExamples(new NpFeatures(words), LearnedNounPhrases.candidateLemmas(words))::of;
    }
    return new CueExamples(new CueFeatures(words.reportingVerbs()))::of;
  }
}
