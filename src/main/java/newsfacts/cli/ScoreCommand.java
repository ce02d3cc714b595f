package newsfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Scores a folder of predicted tables against a folder of gold tables.")
final class ScoreCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Reference tables.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Tables to score.")
  Path pred;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where scores.csv and errors.csv go.")
  Path output;

  ScoreCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    err.println("error: scoring is not implemented yet");
    return ExitCodes.FATAL;
  }
}
