package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import newsfacts.eval.Scorer;
import newsfacts.eval.report.Scoring;
import newsfacts.tables.GoldValidator;
import newsfacts.tables.OutputLock;
import newsfacts.tables.StagedTables;
import newsfacts.tables.TableFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a folder of tables against a reference folder (gold against a system,",
      "or one annotator's pass against another's) and writes scores.csv,",
      "scores_by_document.csv and errors.csv."
    })
public final class ScoreCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Reference tables.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Tables to score.")
  Path pred;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the score tables go.")
  Path output;

  @Option(names = "--system", paramLabel = "NAME", description = "Name for the scored tables (default: the --pred folder's name).")
  String system;

  @Option(names = "--texts", paramLabel = "DIR", description = "Articles of the reference: validates it and adds context to errors.csv.")
  Path texts;

  @Option(names = "--raw-csv", description = "Write cells exactly: no spreadsheet formula guard, no byte order mark.")
  boolean rawCsv;

  ScoreCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try {
      RunSetup.goldDocuments(gold);
      Map<String, String> articles = texts == null ? Map.of() : Texts.load(texts, err);
      RunSetup.validate(gold, texts == null ? GoldValidator.withoutTexts() : new GoldValidator(articles));
      Map<String, Path> systems = new LinkedHashMap<>();
      systems.put(system != null ? system : pred.toAbsolutePath().normalize().getFileName().toString(), pred);
      Files.createDirectories(output);
      try (OutputLock lock = OutputLock.acquire(output);
          StagedTables set = StagedTables.begin(output, Scoring.TABLE_FILES)) {
        Map<String, Scorer.Report> reports = new Scoring(articles).run(gold, systems, set.staging(), !rawCsv);
        set.commit();
        Scoring.printSummary(reports, out);
      }
      out.println("Scores in " + output.toAbsolutePath().normalize());
      return ExitCodes.OK;
    } catch (RunSetup.SetupException e) {
      err.println("error: " + e.getMessage());
      return e.status;
    } catch (TableFormatException | IOException e) {
      err.println("error: " + IoMessages.describe(e));
      return ExitCodes.FATAL;
    }
  }
}
