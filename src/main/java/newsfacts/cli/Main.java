package newsfacts.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: parses the command line and exits with the command's status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given output streams and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(new RunCommand(out, err), args, out, err);
  }

  /** Runs a command line with the given run command (tests pass one with a fake annotator). */
  static int run(RunCommand command, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(command);
    cli.addSubcommand("score", new ScoreCommand(out, err));
    cli.addSubcommand("compare", new CompareCommand(out, err));
    cli.addSubcommand("baseline", new BaselineCommand(out, err));
    cli.addSubcommand("bench", new BenchCommand(out, err));
    cli.addSubcommand("import", new ImportCommand(out, err));
    cli.addSubcommand("train-cues", new TrainCuesCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.FATAL);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("error: " + e.getMessage());
          err.println("Try --help for the options.");
          return ExitCodes.USAGE;
        });
    return cli.execute(args);
  }
}
