package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import newsfacts.annotate.corenlp.CoreNlpLayers;
import newsfacts.app.Pipeline;
import newsfacts.config.Settings;
import newsfacts.eval.report.Scoring;
import newsfacts.extract.MissingLayerException;
import newsfacts.ingest.ArticleList;
import newsfacts.ingest.ArticleReader;
import newsfacts.ingest.Manifest;
import newsfacts.ingest.UnreadableArticleException;
import newsfacts.tables.GoldValidator;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableSet;

/**
 * Every check of a run that needs no model, made before the output folder is touched or a model
 * loads: the input folder is listed, the manifest read and matched with it, the steps checked
 * against the configured layers, and the gold tables validated with every problem listed.
 */
final class RunSetup {
  /** What the checks found: the articles, the dates, and the gold to score against (if any). */
  /** {@code unreadableGold}: articles the gold labels that cannot be read (they fail; their gold rows count as misses). */
  record Plan(ArticleList articles, Manifest dates, Optional<Path> gold, Map<String, String> goldTexts,
      Set<String> unreadableGold) {}

  /** A setup the run refuses: the exit status and the message. */
  static final class SetupException extends Exception {
    final int status;

    SetupException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private RunSetup() {}

  /**
   * @param goldGiven whether --gold was given (the default gold/ is applied only to the articles
   *     it labels; a given gold folder must cover only articles of the input)
   */
  static Plan check(Settings settings, boolean goldGiven, PrintWriter err) throws SetupException {
    ArticleList articles;
    Manifest dates;
    try {
      articles = new ArticleReader(settings.maxBytes()).listFolder(settings.input());
      dates = settings.manifest().isPresent() ? Manifest.load(settings.manifest().get()) : Manifest.empty();
      dates.checkDocIds(articles.docIds());
    } catch (IOException e) {
      throw new SetupException(ExitCodes.FATAL, e.getMessage());
    }
    articles.ignored().forEach(i -> err.println("ignored: " + i.file() + ": " + i.reason()));
    if (articles.isEmpty()) {
      throw new SetupException(ExitCodes.FATAL, "no .txt articles in " + settings.input());
    }
    try {
      Pipeline.check(CoreNlpLayers.provided(settings.corenlp()));
    } catch (MissingLayerException e) {
      throw new SetupException(ExitCodes.USAGE, e.getMessage());
    }
    Optional<Path> gold = settings.gold();
    Map<String, String> texts = Map.of();
    Set<String> unreadable = new TreeSet<>();
    if (gold.isPresent()) {
      Set<String> goldDocs = goldDocuments(gold.get());
      Set<String> unknown = new TreeSet<>(goldDocs);
      unknown.removeAll(articles.docIds());
      if (!unknown.isEmpty() && !goldGiven) {
        err.println("note: " + gold.get() + " has gold tables for other articles than those in "
            + settings.input() + ": not scored (give --gold to score against a folder)");
        return new Plan(articles, dates, Optional.empty(), Map.of(), Set.of());
      }
      if (!unknown.isEmpty()) {
        throw new SetupException(ExitCodes.FATAL, "the gold folder " + gold.get() + " labels " + unknown.size()
            + " article(s) that are not in " + settings.input() + ": " + sample(unknown));
      }
      texts = goldTexts(articles, goldDocs, unreadable, err);
      validate(gold.get(), new GoldValidator(texts, unreadable));
    }
    return new Plan(articles, dates, gold, texts, Set.copyOf(unreadable));
  }

  static Set<String> goldDocuments(Path gold) throws SetupException {
    try {
      if (!java.nio.file.Files.isDirectory(gold)) {
        throw new SetupException(ExitCodes.FATAL, "gold folder not found: " + gold);
      }
      if (TableSet.isEmpty(gold)) {
        throw new SetupException(ExitCodes.FATAL, "the gold folder " + gold + " holds no tables");
      }
      return TableSet.docIdsIn(gold);
    } catch (TableFormatException e) {
      throw new SetupException(ExitCodes.FATAL, "the tables in " + gold + " are not valid: " + e.getMessage());
    }
  }

  /**
   * The texts of the gold's articles. One that cannot be read does not stop the run (the run reports
   * it as a failure, and scoring counts its gold rows as misses): it goes into {@code unreadable}
   * with a warning, since its gold spans cannot be checked.
   */
  private static Map<String, String> goldTexts(ArticleList articles, Set<String> goldDocs, Set<String> unreadable,
      PrintWriter err) {
    Map<String, String> texts = new TreeMap<>();
    for (ArticleList.Entry entry : articles.entries()) {
      if (goldDocs.contains(entry.docId())) {
        try {
          texts.put(entry.docId(), articles.reader().read(entry.file()).text());
        } catch (UnreadableArticleException e) {
          err.println(Scoring.unreadableWarning(entry.file(), e.getMessage()));
          unreadable.add(entry.docId());
        }
      }
    }
    return texts;
  }

  /** Fails with every problem the validator finds in the gold folder, one per line. */
  static void validate(Path gold, GoldValidator validator) throws SetupException {
    List<String> problems = validator.validate(gold);
    if (!problems.isEmpty()) {
      throw new SetupException(ExitCodes.FATAL, "the tables in " + gold + " are not valid (" + problems.size()
          + (problems.size() == 1 ? " problem" : " problems") + "):\n  " + String.join("\n  ", problems));
    }
  }

  private static String sample(Set<String> ids) {
    List<String> shown = new ArrayList<>(ids).subList(0, Math.min(5, ids.size()));
    return String.join(", ", shown) + (ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "");
  }
}
