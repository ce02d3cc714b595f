package newsfacts.tables;

import java.util.Set;
import java.util.function.Function;

/**
 * One column of a table: its name, whether the annotation scheme requires it (the others are
 * written by us and optional when read), the values the scheme allows in it (empty: any) and
 * the cell it holds for a row.
 */
public record Column<R>(String name, boolean required, Set<String> allowed, Function<R, Object> cell) {
  public Column {
    allowed = Set.copyOf(allowed);
  }
}
