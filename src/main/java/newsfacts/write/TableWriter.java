package newsfacts.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams the rows of one table to a temporary file beside the target and renames it into place
 * on {@link #commit}, so a reader never sees a half-written table. Closing without committing
 * deletes the temporary file and leaves any earlier table untouched.
 */
public final class TableWriter implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final Path target;
  private final Path temporary;
  private final CSVPrinter printer;
  private final boolean neutralise;
  private boolean committed;

  public TableWriter(Path target, List<String> header, boolean neutralise) throws IOException {
    this.target = target;
    this.temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    this.neutralise = neutralise;
    BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    this.printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(header);
  }

  public void row(Object... cells) {
    List<String> values = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      String value = cell == null ? "" : cell.toString();
      values.add(neutralise && !(cell instanceof Number) ? SpreadsheetSafety.neutralise(value) : value);
    }
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + target, e);
    }
  }

  public void commit() throws IOException {
    printer.close();
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      printer.close();
      Files.deleteIfExists(temporary);
    }
  }
}
