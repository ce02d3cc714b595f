package newsfacts.tables;

import newsfacts.eval.Items;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder of tables in the annotation scheme's format: gold, a system's output, or one
 * annotator's pass. Tables that are absent are empty lists with {@code present} false.
 */
public record TableSet(
    Path folder,
    Optional<List<Items.Document>> documents,
    Optional<List<Items.Entity>> entities,
    Optional<List<Items.Date>> dates,
    Optional<List<Items.Quote>> quotes,
    Optional<List<Items.Relation>> relations) {

  public static TableSet load(Path folder) throws TableFormatException {
    if (!Files.isDirectory(folder)) {
      throw new TableFormatException(folder + ": table folder not found");
    }
    return new TableSet(
        folder,
        read(folder, Tables.DOCUMENTS, r -> new Items.Document(r.get("doc_id"), r.get("doc_date"))),
        read(folder, Tables.ENTITIES,
            r -> new Items.Entity(r.get("doc_id"), r.span("start", "end"), r.get("text"), r.get("type"), r.get("subtype"))),
        read(folder, Tables.DATES,
            r -> new Items.Date(r.get("doc_id"), r.span("start", "end"), r.get("text"), r.get("type"), r.get("value"))),
        read(folder, Tables.QUOTES,
            r -> new Items.Quote(r.get("doc_id"), r.span("start", "end"), r.get("text"), r.get("kind"), r.get("speaker"),
                r.get("cue"))),
        read(folder, Tables.RELATIONS,
            r -> new Items.Relation(r.get("doc_id"), r.get("subject"), r.get("relation"), r.get("object"))));
  }

  interface RowMapper<T> {
    T map(CsvRow row) throws TableFormatException;
  }

  static <T> Optional<List<T>> read(Path folder, TableSchema<?> schema, RowMapper<T> mapper)
      throws TableFormatException {
    Path file = folder.resolve(schema.fileName());
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<T> items = new ArrayList<>();
    for (CsvRow row : TableReader.rows(file, schema)) {
      items.add(mapper.map(row));
    }
    return Optional.of(items);
  }
}
