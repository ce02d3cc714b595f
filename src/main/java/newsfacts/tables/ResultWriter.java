package newsfacts.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsfacts.model.ArticleResult;
import newsfacts.model.EntityMention;
import newsfacts.model.Failure;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/**
 * Writes the output tables. Articles must be added in doc_id order; rows are streamed, so memory
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
    List<Row> rows = new ArrayList<>();
    String id = result.document().docId();
    CodePoints offsets = CodePoints.of(result.text());
    rows.add(new Row(documents, Tables.DOCUMENTS.cells(result.document())));
    for (EntityMention e : result.entities()) {
      rows.add(new Row(entities, cells(Tables.ENTITIES, new Tables.EntityRow(id, e), offsets)));
    }
    for (Timex t : result.dates()) {
      rows.add(new Row(dates, cells(Tables.DATES, new Tables.DateRow(id, t), offsets)));
    }
    int n = 0;
    for (Quote q : result.quotes()) {
      n++;
      rows.add(new Row(quotes, cells(Tables.QUOTES, new Tables.QuoteRow(id, "q" + n, q), offsets)));
    }
    List<Relation> sorted = new ArrayList<>(result.relations());
    sorted.sort(
        Comparator.comparingInt((Relation r) -> r.evidence().begin())
            .thenComparing(Relation::subject)
            .thenComparing(r -> r.relation().writtenName())
            .thenComparing(Relation::object));
    for (Relation r : sorted) {
      Tables.RelationRow row = new Tables.RelationRow(id, r, r.evidence().of(result.text()));
      rows.add(new Row(relations, cells(Tables.RELATIONS, row, offsets)));
    }
    return rows;
  }

  /** A row's cells with its offsets as code point indices (the model holds Java String indices). */
  static <R> List<Object> cells(TableSchema<R> schema, R row, CodePoints offsets) {
    List<Object> cells = schema.cells(row);
    if (offsets.isIdentity()) {
      return cells;
    }
    List<String> header = schema.header();
    List<Object> converted = new ArrayList<>(cells);
    for (int i = 0; i < header.size(); i++) {
      if (OFFSET_COLUMNS.contains(header.get(i)) && converted.get(i) instanceof Integer index) {
        converted.set(i, offsets.toCodePoint(index));
      }
    }
    return converted;
  }

  /** Writes the entity index and failures table, then moves every table into place. */
  @Override
  public void commit(List<Failure> failures) throws IOException {
    try (TableWriter indexTable = TableWriter.open(folder, Tables.ENTITY_INDEX, neutralise);
        TableWriter failureTable = TableWriter.open(folder, Tables.FAILURES, neutralise)) {
      index.writeTo(indexTable);
      List<Failure> ordered = new ArrayList<>(failures);
      ordered.sort(Comparator.comparing(Failure::docId).thenComparing(Failure::stage));
      for (Failure f : ordered) {
        failureTable.row(Tables.FAILURES.cells(f));
      }
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
