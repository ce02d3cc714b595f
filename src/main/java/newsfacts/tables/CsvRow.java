package newsfacts.tables;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import newsfacts.model.CharSpan;

/** One data row of a CSV table, with where it came from for error messages. */
public record CsvRow(Path file, long line, Map<String, String> cells) {

  String get(String column) {
    String value = cells.get(column);
    return value == null ? "" : value;
  }

  String where(String column) {
    return file + ": line " + line + ", column " + column;
  }

  int integer(String column) throws TableFormatException {
    String value = get(column).strip();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new TableFormatException(where(column) + ": '" + value + "' is not a whole number");
    }
  }

  /** The whole number in the cell, or the default when the cell is blank or the column absent. */
  int integerOr(String column, int absent) throws TableFormatException {
    return get(column).isBlank() ? absent : integer(column);
  }

  double decimalOr(String column, double absent) throws TableFormatException {
    String value = get(column).strip();
    if (value.isEmpty()) {
      return absent;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new TableFormatException(where(column) + ": '" + value + "' is not a number");
    }
  }

  /** The cell's value as one of a fixed set of categories; {@code parse} throws for any other. */
  <T> T category(String column, Function<String, T> parse) throws TableFormatException {
    try {
      return parse.apply(get(column));
    } catch (IllegalArgumentException e) {
      throw new TableFormatException(where(column) + ": unknown value '" + get(column) + "'");
    }
  }

  CharSpan span(String startColumn, String endColumn) throws TableFormatException {
    int start = integer(startColumn);
    int end = integer(endColumn);
    if (start < 0 || end < start) {
      throw new TableFormatException(where(startColumn) + ": bad offsets " + start + ".." + end);
    }
    return new CharSpan(start, end);
  }

  /** A span, or none when both offsets are blank. */
  Optional<CharSpan> optionalSpan(String startColumn, String endColumn) throws TableFormatException {
    if (get(startColumn).isBlank() && get(endColumn).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(span(startColumn, endColumn));
  }
}
