package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsfacts.eval.report.Comparing;
import newsfacts.tables.TableFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two runs' tables (A, then B) against one reference: per layer,",
      "metric and type both F1s, the difference B - A and a paired p-value over",
      "articles; with --output, writes comparison.csv and changes.csv (the errors",
      "B fixed and broke relative to A)."
    })
public final class CompareCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Reference tables.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Tables of run A, then of run B.")
  List<Path> preds;

  @Option(names = "--output", paramLabel = "DIR", description = "Where comparison.csv and changes.csv go (default: print only).")
  Path output;

  @Option(names = "--texts", paramLabel = "DIR", description = "Articles of the reference: validates it and adds context to changes.csv.")
  Path texts;

  @Option(names = "--raw-csv", description = "Write cells exactly: no spreadsheet formula guard, no byte order mark.")
  boolean rawCsv;

  CompareCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (preds.size() != 2) {
      throw new ParameterException(spec.commandLine(), "--pred must be given twice (run A, then run B), not "
          + preds.size() + " time" + (preds.size() == 1 ? "" : "s"));
    }
    try {
      Map<String, String> articles = texts == null ? Map.of() : Texts.load(texts, err);
      Comparing comparing = new Comparing(articles);
      Comparing.Result result = comparing.run(gold, preds.get(0), preds.get(1));
      out.println("A: " + preds.get(0) + "\nB: " + preds.get(1));
      Comparing.print(result, out);
      if (output != null) {
        comparing.write(result, output, !rawCsv);
        out.println("Comparison in " + output.toAbsolutePath().normalize());
      }
      return ExitCodes.OK;
    } catch (TableFormatException | IOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    }
  }
}
