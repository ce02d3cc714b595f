package newsfacts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.tables.OutputLock;
import newsfacts.tables.StagedTables;

/**
 * Writes into a folder the way the main run does, for the commands that write tables or
 * results of their own (baseline, bench): the folder is created and locked ({@link OutputLock},
 * so a second command exits at once), what an interrupted run left is recovered, the work writes
 * into a staging folder, and the set is replaced as one unit ({@link StagedTables}) only when the
 * work returns. SIGTERM (a shutdown hook) deletes the staging folder.
 */
final class LockedOutput {
  /** The work of a command, writing into the staging folder; commits when it returns normally. */
  interface Work<T> {
    T run(Path staging) throws Exception;
  }

  private LockedOutput() {}

  /** Runs {@code work} with {@code folder} locked and {@code tables} (file or folder names) staged. */
  static <T> T write(Path folder, List<String> tables, Work<T> work) throws Exception {
    Files.createDirectories(folder);
    try (OutputLock lock = OutputLock.acquire(folder);
        StagedTables set = StagedTables.begin(folder, tables)) {
      Thread cleanup = new Thread(() -> closeQuietly(set), "remove-staged-tables");
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        T result = work.run(set.staging());
        set.commit();
        return result;
      } finally {
        removeHook(cleanup);
      }
    }
  }

  /** Deletes a set's staging folder from a shutdown hook (SIGTERM), where nothing can be reported. */
  static void closeQuietly(StagedTables set) {
    try {
      set.close();
    } catch (IOException e) {
      // the next run deletes what is left
    }
  }

  static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook runs
    }
  }
}
