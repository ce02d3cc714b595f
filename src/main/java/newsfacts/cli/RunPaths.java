package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsfacts.eval.report.Scoring;
import newsfacts.tables.ResultWriter;

/**
 * Checks the paths of a run before anything is read or written. Relative paths and paths with
 * spaces are used as given (relative to the working folder); the output folder is created when
 * missing. A run never writes outside its output folder, and never into a folder whose files it
 * would destroy: the input folder, the gold folder, or over the manifest.
 */
public final class RunPaths {
  static final Path DEFAULT_GOLD = Path.of("gold");

  /** A path the run must not use; the message says which and why. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  private RunPaths() {}

  /**
   * The gold folder to score against: the one given (which must exist), else {@code defaultGold}
   * when it exists; otherwise none, and a note on {@code err} says the run is not scored.
   */
  static Optional<Path> gold(Path given, boolean noScore, Path defaultGold, PrintWriter err) throws UsageException {
    if (noScore) {
      return Optional.empty();
    }
    if (given != null) {
      if (!Files.isDirectory(given)) {
        throw new UsageException("gold folder not found: " + given);
      }
      return Optional.of(given);
    }
    if (Files.isDirectory(defaultGold)) {
      return Optional.of(defaultGold);
    }
    err.println("note: no gold folder (" + defaultGold + "): the tables are written but not scored");
    return Optional.empty();
  }

  static void check(Path input, Path output, Optional<Path> gold, Optional<Path> manifest) throws UsageException {
    notEmpty(input, "--input");
    notEmpty(output, "--output");
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException("the output path " + output + " exists and is not a folder");
    }
    checkWritable(output);
    if (same(output, input)) {
      throw new UsageException("the output folder " + output + " is the input folder: choose another one");
    }
    if (gold.isPresent() && same(output, gold.get())) {
      throw new UsageException(
          "the output folder " + output + " is the gold folder: its tables would be overwritten");
    }
    if (manifest.isPresent()) {
      Path file = manifest.get();
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null && same(output, folder) && tableFiles().contains(file.getFileName().toString())) {
        throw new UsageException(
            "the manifest " + file + " would be overwritten by the table of the same name in " + output);
      }
    }
  }

  /** The output folder, or the nearest folder above it that exists when it is to be created, takes files. */
  private static void checkWritable(Path output) throws UsageException {
    Path existing = output.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    String what = existing.equals(output.toAbsolutePath().normalize()) ? "the output folder " + output
        : "cannot create the output folder " + output + ": " + existing;
    if (!Files.isDirectory(existing)) {
      throw new UsageException(what + " is not a folder");
    }
    if (!Files.isWritable(existing)) {
      throw new UsageException(what + " is not writable");
    }
  }

  private static List<String> tableFiles() {
    List<String> names = new ArrayList<>(ResultWriter.TABLE_FILES);
    names.addAll(Scoring.TABLE_FILES);
    return names;
  }

  private static void notEmpty(Path path, String option) throws UsageException {
    if (path.toString().isBlank()) {
      throw new UsageException(option + " must not be empty");
    }
  }

  /** The same folder or file, through links and relative paths. */
  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the paths themselves
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
