package newsfacts.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams the rows of one table to a temporary file beside the target and renames it into place
 * on {@link #commit}, so a reader never sees a half-written table. Closing without committing
 * deletes the temporary file and leaves any earlier table untouched.
 *
 * <p>Spreadsheet mode ({@code neutralise}) guards formula-like text cells (see {@link
 * SpreadsheetSafety}) and starts the file with a UTF-8 byte order mark, which spreadsheet
 * programs need to read the file as UTF-8 when it is opened directly. Raw mode writes neither.
 *
 * <p>Design decision: nothing is written through a symbolic link. A stale temporary file (from
 * an interrupted run) is deleted and created anew, and the rename replaces a link at the target
 * instead of writing to what it points at, so every byte lands inside the table's folder.
 */
public final class TableWriter implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final CSVPrinter printer;
  private final boolean neutralise;
  private boolean committed;
  private boolean closed;

  public TableWriter(Path target, List<String> header, boolean neutralise) throws IOException {
    this.target = target;
    this.temporary = temporaryFor(target);
    this.neutralise = neutralise;
    Files.deleteIfExists(temporary);
    this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
    try {
      if (neutralise) {
        out.write(BYTE_ORDER_MARK);
      }
      this.printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(header);
    } catch (IOException e) {
      out.close();
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /** Starts the schema's table in the folder. */
  public static TableWriter open(Path folder, TableSchema<?> schema, boolean neutralise) throws IOException {
    return new TableWriter(folder.resolve(schema.fileName()), schema.header(), neutralise);
  }

  /** The temporary file a table is written to before it is renamed into place. */
  static Path temporaryFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".tmp");
  }

  public void row(Object... cells) {
    row(Arrays.asList(cells));
  }

  /** Writes one row; numbers are written as they are, other cells as text (guarded in spreadsheet mode). */
  public void row(List<?> cells) {
    List<String> values = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      String value = cell == null ? "" : cell.toString();
      values.add(neutralise && !(cell instanceof Number) ? SpreadsheetSafety.neutralise(value) : value);
    }
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(failed(e));
    }
  }

  /** Flushes the table to disk and renames it over the target. */
  public void commit() throws IOException {
    try {
      printer.flush();
      channel.force(true);
      closed = true;
      printer.close();
    } catch (IOException e) {
      throw failed(e);
    }
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      if (!closed) {
        closed = true;
        printer.close();
      }
    } catch (IOException e) {
      // The table is discarded: failing to flush it (a full disk) is no error of its own.
    } finally {
      // A writer that fails to flush (a full disk) does not close what it writes to: close it here.
      channel.close();
      Files.deleteIfExists(temporary);
    }
  }

  /** A write that failed, naming the table ("out/.newsfacts-next/entities.csv: No space left on device"). */
  private FileSystemException failed(IOException e) {
    if (e instanceof FileSystemException f) {
      return f;
    }
    FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
    named.initCause(e);
    return named;
  }
}
