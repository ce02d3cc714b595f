package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process replacing table sets is killed with SIGKILL (kill -9) at arbitrary moments until
 * several kills have landed in the middle of a commit (the commit folder is there, some tables
 * moved and some not); after each kill, recovery under the lock (what the next run does first)
 * leaves one whole set: every table of the set present, all from the same commit, no staging
 * or commit folder left.
 */
class KilledCommitTest {
  private static final int KILLS_MID_COMMIT = 3;
  private static final int MAX_KILLS = 60;

  @Test
  void killNineAtAnyMomentLeavesTheFolderRecoverableToOneWholeSet(@TempDir Path root) throws Exception {
    Path out = Files.createDirectory(root.resolve("out"));
    Random random = new Random(15);
    int midCommit = 0;
    long next = 1;
    for (int kill = 0; kill < MAX_KILLS && midCommit < KILLS_MID_COMMIT; kill++) {
      long committed = killAfterSomeCommits(out, next, random.nextInt(60));
      if (Files.isDirectory(out.resolve(StagedTables.COMMITTING))) {
        midCommit++;
      }
      try (OutputLock lock = OutputLock.acquire(out)) {
        StagedTables.recover(out);
      }
      long set = assertOneWholeSet(out);
      assertTrue(set >= committed, "the last set reported committed (" + committed + ") survives, found " + set);
      next = set + 1000;
    }
    assertEquals(KILLS_MID_COMMIT, midCommit, "kills that landed in the middle of a commit");
  }

  /** Starts the loop at set {@code first}, kills it {@code delayMillis} after its first commit; the last set it reported. */
  private static long killAfterSomeCommits(Path out, long first, int delayMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = Files.createTempFile(out.getParent(), "commit-loop", ".log");
    Process loop = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), CommitLoop.class.getName(), out.toString(), Long.toString(first))
        .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(log.toFile()).start();
    for (int i = 0; i < 600 && Files.size(log) == 0 && loop.isAlive(); i++) {
      Thread.sleep(50);
    }
    assertTrue(loop.isAlive() && Files.size(log) > 0, "the loop committed a first set");
    Thread.sleep(delayMillis);
    loop.destroyForcibly(); // SIGKILL on Linux and macOS
    assertTrue(loop.waitFor(30, TimeUnit.SECONDS));
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    Files.delete(log);
    // The last line may have been cut by the kill: the highest whole number reported.
    return lines.stream().filter(l -> l.matches("committed \\d+"))
        .mapToLong(l -> Long.parseLong(l.substring("committed ".length()))).max().orElse(first - 1);
  }

  /** The number of the one set the folder holds. */
  private static long assertOneWholeSet(Path out) throws IOException {
    assertFalse(Files.exists(out.resolve(StagedTables.STAGING)));
    assertFalse(Files.exists(out.resolve(StagedTables.COMMITTING)));
    Set<String> contents = new TreeSet<>();
    for (String table : CommitLoop.SET) {
      assertTrue(Files.isRegularFile(out.resolve(table)), table + " present");
      contents.add(Files.readString(out.resolve(table), StandardCharsets.UTF_8));
    }
    assertEquals(1, contents.size(), "every table from the same set: " + contents);
    return Long.parseLong(contents.iterator().next().strip().substring("set ".length()));
  }
}
