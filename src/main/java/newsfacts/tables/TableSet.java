package newsfacts.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
    if (Files.exists(folder.resolve(StagedTables.COMMITTING))) {
      throw new TableFormatException(folder + ": a run was interrupted while replacing these tables;"
          + " run again into this folder to finish replacing them");
    }
    AnnotationSet.Builder set = new AnnotationSet.Builder();
    read(folder, Tables.DOCUMENTS, TableLayer.DOCUMENTS, set, d -> set.docDate(d.docId(), d.docDate()));
    read(folder, Tables.ENTITIES, TableLayer.ENTITIES, set, r -> set.entity(r.docId(), r.entity()));
    read(folder, Tables.DATES, TableLayer.DATES, set, r -> set.date(r.docId(), r.date()));
    read(folder, Tables.QUOTES, TableLayer.QUOTES, set, r -> set.quote(r.docId(), r.quote()));
    read(folder, Tables.RELATIONS, TableLayer.RELATIONS, set, r -> set.relation(r.docId(), r.relation()));
    return set.build();
  }

  /**
   * The doc_ids named in any table of the folder, read without checking the other cells (so that
   * a validator can then be given the texts of those articles and list every problem).
   */
  public static Set<String> docIdsIn(Path folder) throws TableFormatException {
    Set<String> ids = new TreeSet<>();
    for (TableSchema<?> schema : List.of(Tables.DOCUMENTS, Tables.ENTITIES, Tables.DATES, Tables.QUOTES,
        Tables.RELATIONS)) {
      Path file = folder.resolve(schema.fileName());
      if (Files.exists(file)) {
        TableReader.rows(file, schema).forEach(row -> ids.add(row.get("doc_id")));
      }
    }
    return ids;
  }

  /** No table of the annotation scheme in the folder. */
  public static boolean isEmpty(Path folder) {
    return Stream.of(Tables.DOCUMENTS, Tables.ENTITIES, Tables.DATES, Tables.QUOTES, Tables.RELATIONS)
        .noneMatch(t -> Files.exists(folder.resolve(t.fileName())));
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
