package newsfacts.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One table, defined once for the writer, the reader and the validator: its file name, every
 * column we write in order (the scheme's required ones first), and how a row value maps to
 * cells and, for tables that are read back, how a row maps to a value.
 */
public record TableSchema<R>(String fileName, List<Column<R>> columns, RowReader<R> reader) {
  public TableSchema {
    columns = List.copyOf(columns);
  }

  /** Builds a row value from a row's cells; absent optional columns read as empty cells. */
  public interface RowReader<R> {
    R read(CsvRow row) throws TableFormatException;
  }

  public static <R> Builder<R> named(String fileName) {
    return new Builder<>(fileName);
  }

  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** The columns the annotation scheme requires: a table read without one is rejected. */
  List<String> required() {
    return columns.stream().filter(Column::required).map(Column::name).toList();
  }

  Column<R> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(fileName + " has no column " + name));
  }

  public List<Object> cells(R row) {
    List<Object> cells = new ArrayList<>(columns.size());
    columns.forEach(c -> cells.add(c.cell().apply(row)));
    return cells;
  }

  R read(CsvRow row) throws TableFormatException {
    return reader.read(row);
  }

  public static final class Builder<R> {
    private final String fileName;
    private final List<Column<R>> columns = new ArrayList<>();

    private Builder(String fileName) {
      this.fileName = fileName;
    }

    /** A column the annotation scheme requires. */
    public Builder<R> required(String name, Function<R, Object> cell) {
      return required(name, Set.of(), cell);
    }

    /** A required column whose values the scheme lists. */
    public Builder<R> required(String name, Set<String> allowed, Function<R, Object> cell) {
      columns.add(new Column<>(name, true, allowed, cell));
      return this;
    }

    /** A column the scheme does not require: we write it, and a table read without it is accepted. */
    public Builder<R> column(String name, Function<R, Object> cell) {
      columns.add(new Column<>(name, false, Set.of(), cell));
      return this;
    }

    public TableSchema<R> readAs(RowReader<R> reader) {
      return new TableSchema<>(fileName, columns, reader);
    }

    /** A table we only write. */
    public TableSchema<R> writeOnly() {
      return new TableSchema<>(fileName, columns, row -> {
        throw new UnsupportedOperationException(fileName + " is not read back");
      });
    }
  }
}
