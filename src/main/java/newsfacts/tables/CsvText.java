package newsfacts.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsfacts.ingest.Utf8;

/**
 * The checks around parsing a table, each with a message naming the file, line and column: the
 * encoding, the header, row lengths, and where a quoting error is.
 */
public final class CsvText {
  private CsvText() {}

  /** The file as text, without a leading byte order mark (spreadsheets save one). */
  static String read(Path file) throws TableFormatException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new TableFormatException(file + ": file not found");
    } catch (IOException e) {
      throw new TableFormatException(file + ": cannot read: " + e.getMessage());
    }
    try {
      String text = Utf8.decode(bytes);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (Utf8.InvalidException e) {
      throw new TableFormatException(
          file + ": line " + lineOfByte(bytes, e.offset()) + ": " + e.getMessage() + ": save the table as UTF-8");
    }
  }

  private static long lineOfByte(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  static void checkHeader(Path file, List<String> header, List<String> required, List<String> optional)
      throws TableFormatException {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isBlank()) {
        throw new TableFormatException(file + ": line 1, column " + (i + 1) + ": the column has no name");
      }
      if (!seen.add(name)) {
        throw new TableFormatException(file + ": line 1, column " + name + ": the column appears twice");
      }
    }
    for (String column : required) {
      if (!seen.contains(column)) {
        throw new TableFormatException(file + ": line 1: missing column '" + column + "' (the header has "
            + (header.isEmpty() ? "no columns" : String.join(",", header)) + ")");
      }
    }
    Set<String> known = new LinkedHashSet<>(required);
    known.addAll(optional);
    for (String name : header) {
      if (!known.contains(name)) {
        throw new TableFormatException(file + ": line 1, column " + name + ": unknown column (known columns: "
            + String.join(",", known) + ")");
      }
    }
  }

  static String lengthProblem(Path file, long line, List<String> header, int cells) {
    String counts = "the row has " + cells + " cells, the header " + header.size();
    if (cells < header.size()) {
      return file + ": line " + line + ", column " + header.get(cells) + ": missing (" + counts + ")";
    }
    return file + ": line " + line + ", column " + (header.size() + 1) + ": one cell too many (" + counts
        + "; a comma in a cell needs the cell in double quotes)";
  }

  /**
   * A parse error, located by scanning the record that starts on {@code line} the way RFC 4180
   * reads it: an unclosed quoted cell, or text after a closing quote.
   */
  static String syntaxProblem(Path file, String text, long line, List<String> header, Exception e) {
    int pos = startOfLine(text, line);
    long at = line;
    int cell = 0;
    while (pos >= 0 && pos < text.length()) {
      if (text.charAt(pos) == '"') {
        long opened = at;
        pos++;
        while (true) {
          if (pos >= text.length()) {
            return file + ": line " + opened + ", column " + column(header, cell)
                + ": the quoted cell that starts here is never closed (a quote inside a cell must be doubled)";
          }
          char c = text.charAt(pos);
          if (c == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
            pos += 2;
            continue;
          }
          pos++;
          if (c == '"') {
            break;
          }
          at += isLineBreak(text, pos - 1) ? 1 : 0;
        }
        if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') {
          return file + ": line " + at + ", column " + column(header, cell)
              + ": text after the closing quote (a quote inside a cell must be doubled)";
        }
      }
      while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') {
        pos++;
      }
      if (pos >= text.length() || text.charAt(pos) != ',') {
        break;
      }
      pos++;
      cell++;
    }
    String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
    return file + ": line " + line + ": malformed CSV (" + cause + ")";
  }

  private static String column(List<String> header, int cell) {
    return cell < header.size() ? header.get(cell) : String.valueOf(cell + 1);
  }

  /** A CR not followed by LF, or an LF: one line break as the CSV parser counts them. */
  private static boolean isLineBreak(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
  }

  private static int startOfLine(String text, long line) {
    long current = 1;
    for (int i = 0; i < text.length() && current < line; i++) {
      if (isLineBreak(text, i)) {
        current++;
        if (current == line) {
          return i + 1;
        }
      }
    }
    return current == line ? 0 : -1;
  }
}
