package newsfacts.tables;

import java.nio.file.Path;
import java.util.Map;
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

  CharSpan span(String startColumn, String endColumn) throws TableFormatException {
    int start = integer(startColumn);
    int end = integer(endColumn);
    if (start < 0 || end < start) {
      throw new TableFormatException(where(startColumn) + ": bad offsets " + start + ".." + end);
    }
    return new CharSpan(start, end);
  }
}
