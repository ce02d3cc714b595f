package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables appear whole or not at all, never through a link, guarded for spreadsheets unless raw. */
class TableWriterTest {
  private static final List<String> HEADER = List.of("doc_id", "start", "text");
  @TempDir Path folder;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void spreadsheetModeStartsWithAByteOrderMarkAndGuardsTextCells() throws IOException {
    Path target = folder.resolve("t.csv");
    try (TableWriter t = new TableWriter(target, HEADER, true)) {
      t.row("d1", -1, "=SUM(A1)");
      t.row("d2", 7, "-2");
      t.row("d3", 8, "分享 © …");
      t.commit();
    }
    assertEquals("\uFEFFdoc_id,start,text\r\nd1,-1,'=SUM(A1)\r\nd2,7,'-2\r\nd3,8,分享 © …\r\n", read(target));
  }

  @Test
  void rawModeWritesCellsExactly() throws IOException {
    Path target = folder.resolve("t.csv");
    try (TableWriter t = new TableWriter(target, HEADER, false)) {
      t.row("d1", -1, "=SUM(A1)");
      t.row("d2", 7, "a \"quoted\", line\r\nbreak");
      t.commit();
    }
    assertEquals("doc_id,start,text\r\nd1,-1,=SUM(A1)\r\nd2,7,\"a \"\"quoted\"\", line\r\nbreak\"\r\n", read(target));
  }

  @Test
  void previousTableStaysWholeUntilCommit() throws IOException {
    Path target = folder.resolve("t.csv");
    Files.writeString(target, "old table\r\n");
    try (TableWriter t = new TableWriter(target, HEADER, false)) {
      t.row("d1", 1, "new");
      assertEquals("old table\r\n", read(target));
      t.commit();
    }
    assertEquals("doc_id,start,text\r\nd1,1,new\r\n", read(target));
    assertFalse(Files.exists(TableWriter.temporaryFor(target)));
  }

  @Test
  void closingWithoutCommitKeepsThePreviousTableAndLeavesNoTemporaryFile() throws IOException {
    Path target = folder.resolve("t.csv");
    Files.writeString(target, "old table\r\n");
    try (TableWriter t = new TableWriter(target, HEADER, false)) {
      t.row("d1", 1, "new");
    }
    assertEquals("old table\r\n", read(target));
    assertEquals(List.of("t.csv"), names());
  }

  @Test
  void interruptedWriteLeavesThePreviousTableAndTheRerunReplacesItsTemporaryFile() throws IOException {
    Path target = folder.resolve("t.csv");
    Files.writeString(target, "old table\r\n");
    TableWriter interrupted = new TableWriter(target, HEADER, false);
    interrupted.row("d1", 1, "half");
    // The process dies here: no commit, no close. Only the temporary file has the new rows.
    assertEquals("old table\r\n", read(target));
    assertTrue(Files.exists(TableWriter.temporaryFor(target)));
    try (TableWriter rerun = new TableWriter(target, HEADER, false)) {
      rerun.row("d1", 1, "whole");
      rerun.commit();
    }
    assertEquals("doc_id,start,text\r\nd1,1,whole\r\n", read(target));
    assertEquals(List.of("t.csv"), names());
  }

  @Test
  void staleTemporaryLinkIsReplacedNotFollowed() throws IOException {
    Path outside = Files.writeString(folder.resolveSibling(folder.getFileName() + "-victim.txt"), "keep me");
    try {
      Path target = folder.resolve("t.csv");
      Files.createSymbolicLink(TableWriter.temporaryFor(target), outside);
      try (TableWriter t = new TableWriter(target, HEADER, false)) {
        t.row("d1", 1, "x");
        t.commit();
      }
      assertEquals("keep me", read(outside));
      assertEquals("doc_id,start,text\r\nd1,1,x\r\n", read(target));
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void linkedTableIsReplacedNotWrittenThrough() throws IOException {
    Path outside = Files.writeString(folder.resolveSibling(folder.getFileName() + "-victim.txt"), "keep me");
    try {
      Path target = folder.resolve("t.csv");
      Files.createSymbolicLink(target, outside);
      try (TableWriter t = new TableWriter(target, HEADER, false)) {
        t.row("d1", 1, "x");
        t.commit();
      }
      assertEquals("keep me", read(outside));
      assertFalse(Files.isSymbolicLink(target));
      assertEquals("doc_id,start,text\r\nd1,1,x\r\n", read(target));
    } finally {
      Files.delete(outside);
    }
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
