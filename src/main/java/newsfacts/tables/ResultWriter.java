package newsfacts.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;

/**
 * Writes the output tables. Articles are added in input order (file names, sorted); rows are streamed, so memory
 * does not grow with the corpus (only the entity index, one entry per entity, is kept).
 * Nothing replaces the previous tables until {@link #commit}.
 */
public final class ResultWriter implements ArticleSink {
  /** The files this writer replaces in its folder. */
  public static final List<String> TABLE_FILES =
      Stream.of(Tables.DOCUMENTS, Tables.ENTITIES, Tables.DATES, Tables.QUOTES, Tables.RELATIONS,
          Tables.ENTITY_INDEX, Tables.FAILURES).map(TableSchema::fileName).toList();

  /** The columns that hold offsets into the article. */
  static final Set<String> OFFSET_COLUMNS =
      Set.of("start", "end", "speaker_start", "speaker_end", "evidence_start", "evidence_end");

  private final TableWriter documents;
  private final TableWriter entities;
  private final TableWriter dates;
  private final TableWriter quotes;
  private final TableWriter relations;
  private final Path folder;
  private final boolean neutralise;
  private final EntityIndex index = new EntityIndex();
  private final List<TableWriter> open = new ArrayList<>();

  public ResultWriter(Path folder, boolean neutralise) throws IOException {
    Files.createDirectories(folder);
    this.folder = folder;
    this.neutralise = neutralise;
    try {
      documents = open(Tables.DOCUMENTS);
      entities = open(Tables.ENTITIES);
      dates = open(Tables.DATES);
      quotes = open(Tables.QUOTES);
      relations = open(Tables.RELATIONS);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private TableWriter open(TableSchema<?> schema) throws IOException {
    TableWriter table = TableWriter.open(folder, schema, neutralise);
    open.add(table);
    return table;
  }

  /**
   * Adds one article's rows. They are all built before any is written, so an article whose rows
   * cannot be built (a runtime exception) leaves no partial rows behind.
   */
  @Override
  public void add(ArticleResult result) {
    List<Row> rows = rowsOf(result);
    for (Row row : rows) {
      row.table().row(row.cells());
    }
    index.add(result.document().docId(), result.entities());
  }

  private record Row(TableWriter table, List<Object> cells) {}

  private List<Row> rowsOf(ArticleResult result) {
    List<TableWriter> tables = List.of(documents, entities, dates, quotes, relations);
    List<Row> rows = new ArrayList<>();
    int t = 0;
    for (List<List<Object>> tableRows : ArticleRows.of(result).values()) {
      TableWriter table = tables.get(t++);
      tableRows.forEach(cells -> rows.add(new Row(table, cells)));
    }
    return rows;
  }

  /** Writes the entity index and failures table, then moves every table into place. */
  @Override
  public void commit(List<Failure> failures) throws IOException {
    try (TableWriter indexTable = TableWriter.open(folder, Tables.ENTITY_INDEX, neutralise);
        TableWriter failureTable = TableWriter.open(folder, Tables.FAILURES, neutralise)) {
      index.writeTo(indexTable);
      ArticleRows.failures(failures).forEach(failureTable::row);
      for (TableWriter table : open) {
        table.commit();
      }
      indexTable.commit();
      failureTable.commit();
    }
  }

  /** Deletes the temporary files of tables not committed; the previous tables stay as they were. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (TableWriter table : open) {
      try {
        table.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
