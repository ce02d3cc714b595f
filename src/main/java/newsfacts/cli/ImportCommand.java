package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsfacts.formats.brat.BratImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Converts annotations made in another tool into the scheme's tables",
      "(documents, entities, dates, quotes, relations), which score accepts as gold.",
      "--from brat reads a brat standoff folder: .txt and .ann pairs, as written by",
      "--formats brat or by brat and INCEpTION.",
      "Exit status: 0 ok, 2 usage error, 3 annotations outside the scheme (each",
      "named: file, line, what was expected) or an I/O error; nothing is written",
      "unless every file is valid."
    })
public final class ImportCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "The input's format: brat.")
  String from;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of the annotations.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the tables.")
  Path output;

  @Option(names = "--map", paramLabel = "FROM=TO",
      description = "Renames a label before it is checked, e.g. --map PER=PERSON --map ORG=ORGANIZATION.")
  List<String> mappings = new ArrayList<>();

  ImportCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Map<String, String> labels;
    try {
      if (!from.equals("brat")) {
        throw new IllegalArgumentException("--from " + from + ": the only format read is brat");
      }
      if (!Files.isDirectory(input)) {
        throw new IllegalArgumentException("--input " + input + ": not a folder");
      }
      labels = BratImport.labels(mappings);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      int documents = BratImport.run(input, output, labels);
      out.println(documents + " documents imported; tables in " + output.toAbsolutePath().normalize());
      return ExitCodes.OK;
    } catch (BratImport.InvalidException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    } catch (IOException e) {
      err.println("error: " + IoMessages.describe(e));
      return ExitCodes.FATAL;
    }
  }
}
