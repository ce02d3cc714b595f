package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table set is replaced as one unit: the folder holds the whole previous set or the whole
 * new one, after a failure at any point (each crash state is built by hand and recovered).
 */
class StagedTablesTest {
  private static final List<String> SET = List.of("a.csv", "b.csv", "scores.csv");
  @TempDir Path out;

  @BeforeEach
  void previousSet() throws IOException {
    for (String t : SET) {
      Files.writeString(out.resolve(t), "old " + t);
    }
  }

  @Test
  void aSinkFolderIsNeverCreatedOnceTheStagingFolderIsDiscarded() throws IOException {
    try (StagedTables set = StagedTables.begin(out, SET)) {
      Path report = StagedTables.createFolder(set.staging().resolve("report"));
      assertEquals(report, StagedTables.createFolder(report)); // already there: kept
      set.close(); // as the shutdown hook does on SIGTERM
      assertThrows(java.nio.file.NoSuchFileException.class,
          () -> StagedTables.createFolder(set.staging().resolve("brat")));
      assertFalse(Files.exists(set.staging()));
    }
  }

  @Test
  void commitReplacesTheWholeSetAndRemovesTablesNotWritten() throws IOException {
    try (StagedTables set = StagedTables.begin(out, SET)) {
      Files.writeString(set.staging().resolve("a.csv"), "new a.csv");
      Files.writeString(set.staging().resolve("b.csv"), "new b.csv");
      set.commit();
    }
    assertEquals(List.of("a.csv", "b.csv"), names());
    assertEquals("new a.csv", Files.readString(out.resolve("a.csv")));
    assertEquals("new b.csv", Files.readString(out.resolve("b.csv")));
  }

  @Test
  void aFailureBeforeCommitLeavesThePreviousSetWhole() throws IOException {
    assertThrows(IOException.class, () -> {
      try (StagedTables set = StagedTables.begin(out, SET)) {
        Files.writeString(set.staging().resolve("a.csv"), "new a.csv");
        throw new IOException("No space left on device");
      }
    });
    assertPrevious();
  }

  @Test
  void recoveryDiscardsTheStagingOfARunKilledBeforeItsCommit() throws IOException {
    Path staging = Files.createDirectory(out.resolve(StagedTables.STAGING));
    Files.writeString(staging.resolve("a.csv"), "half a ta");
    Files.writeString(out.resolve(".b.csv.tmp"), "an older version's temporary table");
    StagedTables.recover(out);
    assertPrevious();
  }

  @Test
  void recoveryFinishesACommitKilledHalfWay() throws IOException {
    // Killed after a.csv was moved into place: b.csv is still in the commit folder.
    Path commit = Files.createDirectory(out.resolve(StagedTables.COMMITTING));
    Files.writeString(commit.resolve(StagedTables.LIST), "put a.csv\nput b.csv\nremove scores.csv\n");
    Files.writeString(out.resolve("a.csv"), "new a.csv");
    Files.writeString(commit.resolve("b.csv"), "new b.csv");
    assertThrows(TableFormatException.class, () -> TableSet.load(out), "a reader refuses the mixed folder");
    StagedTables.recover(out);
    assertEquals(List.of("a.csv", "b.csv"), names());
    assertEquals("new a.csv", Files.readString(out.resolve("a.csv")));
    assertEquals("new b.csv", Files.readString(out.resolve("b.csv")));
    StagedTables.recover(out); // idempotent
    assertEquals(List.of("a.csv", "b.csv"), names());
  }

  @Test
  void recoveryFinishesACommitKilledWhileItsFolderWasBeingDeleted() throws IOException {
    // Found by KilledCommitTest: every table moved, the list deleted, the folder and a leftover not yet.
    Path commit = Files.createDirectory(out.resolve(StagedTables.COMMITTING));
    Files.writeString(commit.resolve("scratch"), "a file the set does not list");
    StagedTables.recover(out);
    assertPrevious();
  }

  @Test
  void aFolderOfTheSetIsReplacedWholeAndRemovedWhenNotWritten() throws IOException {
    List<String> set = List.of("a.csv", "pages");
    Path oldPages = Files.createDirectory(out.resolve("pages"));
    Files.writeString(oldPages.resolve("gone.html"), "an article of the previous run");
    try (StagedTables next = StagedTables.begin(out, set)) {
      Files.writeString(Files.createDirectory(next.staging().resolve("pages")).resolve("new.html"), "new");
      next.commit();
    }
    assertEquals(List.of("new.html"), Files.list(out.resolve("pages")).map(p -> p.getFileName().toString()).toList());
    try (StagedTables next = StagedTables.begin(out, set)) {
      next.commit();
    }
    assertFalse(Files.exists(out.resolve("pages")));
  }

  @Test
  void beginRecoversFirst() throws IOException {
    Files.createDirectory(out.resolve(StagedTables.STAGING));
    try (StagedTables set = StagedTables.begin(out, SET)) {
      assertTrue(Files.isDirectory(set.staging()));
      assertEquals(List.of(), Files.list(set.staging()).toList());
    }
    assertFalse(Files.exists(out.resolve(StagedTables.STAGING)));
  }

  private void assertPrevious() throws IOException {
    assertEquals(SET, names());
    for (String t : SET) {
      assertEquals("old " + t, Files.readString(out.resolve(t)));
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
