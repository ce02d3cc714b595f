package newsfacts.tables;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces the table set of a folder as one unit. The new tables are written into the staging
 * folder {@value #STAGING} inside it. {@link #commit} then writes the list of the set into the
 * staging folder ("put documents.csv" for each table written, "remove scores.csv" for each table
 * of the set this run did not write; an entry may be a folder, replaced whole) and renames the staging folder to {@value #COMMITTING}:
 * that rename is the moment the new set wins. The tables are then moved into place, the tables
 * left out are removed, and the commit folder is deleted.
 *
 * <p>After a crash, {@link #recover} (run by the next run, under the folder's lock) deletes a
 * staging folder (the previous set was never touched) and finishes a commit folder (every move
 * and removal is idempotent), so the folder holds the complete previous set or the complete new
 * one. Readers in this program ({@link TableSet#load}) refuse a folder with an unfinished commit.
 *
 * <p>Design decision: every byte is written inside the output folder, so every rename stays on
 * one file system and is atomic, and a full disk fails while staging, before anything is moved.
 */
public final class StagedTables implements AutoCloseable {
  public static final String STAGING = ".newsfacts-next";
  public static final String COMMITTING = ".newsfacts-commit";
  static final String DISCARDED = ".newsfacts-discarded";
  static final String LIST = "set.list";

  private final Path folder;
  private final List<String> tables;
  private final Path staging;
  private boolean committed;

  private StagedTables(Path folder, List<String> tables) {
    this.folder = folder;
    this.tables = List.copyOf(tables);
    this.staging = folder.resolve(STAGING);
  }

  /**
   * Recovers what an interrupted run left in {@code folder} (which the caller has locked) and
   * starts an empty staging folder for a set made of {@code tables} (file names).
   */
  public static StagedTables begin(Path folder, List<String> tables) throws IOException {
    recover(folder);
    StagedTables set = new StagedTables(folder, tables);
    Files.createDirectory(set.staging);
    return set;
  }

  /** The folder to write the new tables into. */
  public Path staging() {
    return staging;
  }

  /** Makes the staged tables the folder's set: tables of the set not staged are removed. */
  public void commit() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String table : tables) {
      lines.add((Files.exists(staging.resolve(table)) ? "put " : "remove ") + table);
    }
    Path list = staging.resolve(LIST);
    Files.write(list, lines, StandardCharsets.UTF_8);
    sync(list);
    sync(staging);
    Files.move(staging, folder.resolve(COMMITTING), StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    sync(folder);
    finish(folder);
  }

  /** Deletes the staging folder of a set that was not committed. */
  @Override
  public void close() throws IOException {
    if (!committed && Files.exists(staging)) {
      // Renamed away first: the shutdown hook runs beside a run that may still be writing pages,
      // which then fail to create files instead of refilling the folder being deleted.
      Path discarded = folder.resolve(DISCARDED);
      deleteTree(discarded);
      move(staging, discarded);
      deleteTree(discarded);
    }
  }

  /** Finishes an interrupted commit, or discards interrupted staging, in a folder under lock. */
  public static void recover(Path folder) throws IOException {
    deleteTree(folder.resolve(STAGING));
    deleteTree(folder.resolve(DISCARDED));
    if (Files.isDirectory(folder.resolve(COMMITTING))) {
      finish(folder);
    }
    // Hidden temporary tables of earlier versions, which wrote each table beside its target.
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(StagedTables::isOldTemporary).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static boolean isOldTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(".csv.tmp") && Files.isRegularFile(file);
  }

  private static void finish(Path folder) throws IOException {
    Path commit = folder.resolve(COMMITTING);
    if (!Files.exists(commit.resolve(LIST))) {
      // Killed while deleting the commit folder: the list goes only after every move was made.
      deleteTree(commit);
      return;
    }
    for (String line : Files.readAllLines(commit.resolve(LIST), StandardCharsets.UTF_8)) {
      String table = line.substring(line.indexOf(' ') + 1);
      if (line.startsWith("put ")) {
        Path from = commit.resolve(table);
        if (Files.exists(from)) {
          Path to = folder.resolve(table);
          if (Files.isDirectory(from)) {
            // A folder of the set (one file per article) replaces the old folder whole.
            deleteTree(to);
          }
          move(from, to);
        }
      } else {
        deleteTree(folder.resolve(table));
      }
    }
    sync(folder);
    deleteTree(commit);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Flushes a file or folder to disk where the platform allows it (Linux does for folders). */
  private static void sync(Path path) {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not every platform can open a folder; the rename order still keeps the set whole
    }
  }

  /**
   * Creates {@code folder} (when missing) inside the staging folder, but never its parents: a sink
   * opening while a shutdown hook discards the staging folder must fail, not create it again.
   */
  public static Path createFolder(Path folder) throws IOException {
    return Files.isDirectory(folder) ? folder : Files.createDirectory(folder);
  }

  /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
