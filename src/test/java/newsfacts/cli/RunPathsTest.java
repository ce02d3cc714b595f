package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which gold folder a run scores against, and the note when there is none. */
class RunPathsTest {
  @TempDir Path root;
  private final StringWriter err = new StringWriter();

  private Optional<Path> gold(Path given, boolean noScore, Path defaultGold) throws RunPaths.UsageException {
    return RunPaths.gold(given, noScore, defaultGold, new PrintWriter(err, true));
  }

  @Test
  void missingDefaultGoldFolderRunsWithoutScoringAndSaysSo() throws Exception {
    Path absent = root.resolve("gold");
    assertEquals(Optional.empty(), gold(null, false, absent));
    assertEquals("note: no gold folder (" + absent + "): the tables are written but not scored\n", err.toString());
  }

  @Test
  void existingDefaultGoldFolderIsScoredAgainst() throws Exception {
    Path present = Files.createDirectory(root.resolve("gold"));
    assertEquals(Optional.of(present), gold(null, false, present));
    assertEquals("", err.toString());
  }

  @Test
  void missingGivenGoldFolderIsAUsageError() {
    Path absent = root.resolve("typo");
    RunPaths.UsageException e =
        assertThrows(RunPaths.UsageException.class, () -> gold(absent, false, root.resolve("gold")));
    assertEquals("gold folder not found: " + absent, e.getMessage());
  }

  @Test
  void noScoreNeedsNoGoldFolder() throws Exception {
    assertEquals(Optional.empty(), gold(root.resolve("typo"), true, root.resolve("gold")));
    assertEquals("", err.toString());
  }

  @Test
  void outputFolderThroughALinkToTheGoldFolderIsRefused() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    Path link = Files.createSymbolicLink(root.resolve("out"), gold);
    RunPaths.UsageException e = assertThrows(RunPaths.UsageException.class,
        () -> RunPaths.check(root.resolve("in"), link, Optional.of(gold), Optional.empty()));
    assertEquals("the output folder " + link + " is the gold folder: its tables would be overwritten", e.getMessage());
  }
}
