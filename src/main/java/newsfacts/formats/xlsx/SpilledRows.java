package newsfacts.formats.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one sheet kept on disk until the workbook is written: an XLSX file is a zip in
 * which each sheet is one entry written whole, so rows that arrive article by article for every
 * sheet at once wait here rather than in memory. A cell is a number (a {@link Number}), text
 * (anything else) or empty ({@code null} or an empty string).
 */
final class SpilledRows implements AutoCloseable {
  private static final int EMPTY = 0;
  private static final int NUMBER = 1;
  private static final int TEXT = 2;
  private static final int END_OF_ROW = 3;

  private final Path file;
  private final DataOutputStream out;
  private int rows;

  SpilledRows(Path file) throws IOException {
    this.file = file;
    Files.deleteIfExists(file);
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  int rows() {
    return rows;
  }

  void add(List<Object> cells) {
    try {
      for (Object cell : cells) {
        if (cell instanceof Number n) {
          out.writeByte(NUMBER);
          out.writeDouble(n.doubleValue());
        } else if (cell == null || cell.toString().isEmpty()) {
          out.writeByte(EMPTY);
        } else {
          byte[] bytes = cell.toString().getBytes(StandardCharsets.UTF_8);
          out.writeByte(TEXT);
          out.writeInt(bytes.length);
          out.write(bytes);
        }
      }
      out.writeByte(END_OF_ROW);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }

  /** Something done with each row read back, in order. */
  interface RowConsumer {
    void accept(List<Object> cells) throws IOException;
  }

  /** Reads the rows back in order (numbers as {@link Double}, empty cells as {@code null}). */
  void replay(RowConsumer consumer) throws IOException {
    out.close();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      List<Object> row = new ArrayList<>();
      while (true) {
        int tag;
        try {
          tag = in.readByte();
        } catch (EOFException e) {
          return;
        }
        switch (tag) {
          case NUMBER -> row.add(in.readDouble());
          case TEXT -> row.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
          case END_OF_ROW -> {
            consumer.accept(row);
            row = new ArrayList<>();
          }
          default -> row.add(null);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw new IOException("writing " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
