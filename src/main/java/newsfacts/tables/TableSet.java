package newsfacts.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import newsfacts.model.AnnotationSet;
import newsfacts.model.TableLayer;

/**
 * Loads a folder of tables in the annotation scheme's format (gold, a system's output, or one
 * annotator's pass) into model records. A table that is absent leaves its layer out of the set.
 */
public final class TableSet {
  private TableSet() {}

  public static AnnotationSet load(Path folder) throws TableFormatException {
    if (!Files.isDirectory(folder)) {
      throw new TableFormatException(folder + ": table folder not found");
    }
    AnnotationSet.Builder set = new AnnotationSet.Builder();
    read(folder, Tables.DOCUMENTS, TableLayer.DOCUMENTS, set, d -> set.docDate(d.docId(), d.docDate()));
    read(folder, Tables.ENTITIES, TableLayer.ENTITIES, set, r -> set.entity(r.docId(), r.entity()));
    read(folder, Tables.DATES, TableLayer.DATES, set, r -> set.date(r.docId(), r.date()));
    read(folder, Tables.QUOTES, TableLayer.QUOTES, set, r -> set.quote(r.docId(), r.quote()));
    read(folder, Tables.RELATIONS, TableLayer.RELATIONS, set, r -> set.relation(r.docId(), r.relation()));
    return set.build();
  }

  private static <R> void read(Path folder, TableSchema<R> schema, TableLayer layer, AnnotationSet.Builder set,
      Consumer<R> add) throws TableFormatException {
    Path file = folder.resolve(schema.fileName());
    if (!Files.exists(file)) {
      return;
    }
    set.layer(layer);
    for (CsvRow row : TableReader.rows(file, schema)) {
      add.accept(schema.read(row));
    }
  }
}
