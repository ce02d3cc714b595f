package newsfacts.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Commits table sets into the folder given, one after another, under its lock, until killed:
 * set n holds "set n" in every table. A second process for {@link KilledCommitTest}, which kills
 * it with SIGKILL at an arbitrary moment, often in the middle of a commit.
 */
public final class CommitLoop {
  static final List<String> SET = List.of("documents.csv", "entities.csv", "dates.csv", "quotes.csv",
      "relations.csv", "entity_index.csv", "failures.csv", "scores.csv", "scores_by_document.csv", "errors.csv");

  private CommitLoop() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    try (OutputLock lock = OutputLock.acquire(folder)) {
      for (long n = Long.parseLong(args[1]); ; n++) {
        try (StagedTables set = StagedTables.begin(folder, SET)) {
          for (String table : SET) {
            Files.writeString(set.staging().resolve(table), "set " + n + "\n");
          }
          set.commit();
        }
        System.out.println("committed " + n);
        System.out.flush();
      }
    }
  }
}
