package newsfacts.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import newsfacts.cli.ExitCodes;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import newsfacts.ingest.ArticleReader;
import newsfacts.model.Failure;
import newsfacts.tables.GoldValidator;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableSet;

/** Scoring a Spark job's merged tables against a gold folder, with the checks of a single-machine run. */
final class SparkGold {
  private final Path gold;
  private final String input;
  private final PrintWriter err;

  SparkGold(Path gold, String input, PrintWriter err) {
    this.gold = gold;
    this.input = input;
    this.err = err;
  }

  /**
   * Scores the tables in {@code tables} into {@code staging}; empty when the gold was refused (the reason
   * printed), which the caller returns as the exit status.
   */
  Scored score(SparkJob.Merged merged, Path tables, Path staging, Path output, boolean neutralise)
      throws TableFormatException, IOException {
    Set<String> unreadable = unreadableGold(merged);
    Optional<Integer> refused = checkGold(merged, unreadable);
    if (refused.isPresent()) {
      return new Scored(Map.of(), refused);
    }
    return new Scored(new Scoring(merged.goldTexts(), unreadable)
        .run(gold, Scoring.systemsWithBaseline(tables, output), staging, neutralise), Optional.empty());
  }

  /** The reports, or the exit status when the gold was refused. */
  record Scored(Map<String, Scorer.Report> reports, Optional<Integer> refused) {}

  /** Articles the gold labels that failed to be read: scored as misses, as on one machine (RunSetup). */
  private Set<String> unreadableGold(SparkJob.Merged merged) throws TableFormatException {
    Set<String> goldDocs = TableSet.docIdsIn(gold);
    Set<String> unreadable = new TreeSet<>();
    for (Failure f : merged.failures()) {
      if (f.stage().equals(ArticleReader.STAGE) && goldDocs.contains(f.docId())) {
        err.println(Scoring.unreadableWarning(f.file(), f.reason()));
        unreadable.add(f.docId());
      }
    }
    return unreadable;
  }

  /** The gold must label only articles of the input that were read (or failed to be), and be valid over their texts. */
  private Optional<Integer> checkGold(SparkJob.Merged merged, Set<String> unreadable) throws TableFormatException {
    List<String> missing = TableSet.docIdsIn(gold).stream()
        .filter(id -> !merged.goldTexts().containsKey(id) && !unreadable.contains(id)).toList();
    if (!missing.isEmpty()) {
      err.println("error: the gold folder " + gold + " labels article(s) not in " + input + " or not processed: " + missing);
      return Optional.of(ExitCodes.FATAL);
    }
    List<String> problems = new GoldValidator(merged.goldTexts(), unreadable).validate(gold);
    if (!problems.isEmpty()) {
      err.println("error: the tables in " + gold + " are not valid:\n  " + String.join("\n  ", problems));
      return Optional.of(ExitCodes.FATAL);
    }
    return Optional.empty();
  }
}
