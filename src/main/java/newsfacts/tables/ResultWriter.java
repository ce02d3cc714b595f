package newsfacts.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocumentInfo;
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
public final class ResultWriter implements AutoCloseable {
  /** The files this writer replaces in its folder. */
  public static final List<String> TABLE_FILES =
      List.of("documents.csv", "entities.csv", "dates.csv", "quotes.csv", "relations.csv", "entity_index.csv",
          "failures.csv");

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
      documents = open("documents.csv", Columns.DOCUMENTS);
      entities = open("entities.csv", Columns.ENTITIES);
      dates = open("dates.csv", Columns.DATES);
      quotes = open("quotes.csv", Columns.QUOTES);
      relations = open("relations.csv", Columns.RELATIONS);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private TableWriter open(String name, List<String> header) throws IOException {
    TableWriter table = new TableWriter(folder.resolve(name), header, neutralise);
    open.add(table);
    return table;
  }

  /**
   * Adds one article's rows. They are all built before any is written, so an article whose rows
   * cannot be built (a runtime exception) leaves no partial rows behind.
   */
  public void add(ArticleResult result) {
    List<Row> rows = rowsOf(result);
    for (Row row : rows) {
      row.table().row(row.cells());
    }
    index.add(result.document().docId(), result.entities());
  }

  private record Row(TableWriter table, Object... cells) {}

  private List<Row> rowsOf(ArticleResult result) {
    List<Row> rows = new ArrayList<>();
    DocumentInfo d = result.document();
    String id = d.docId();
    rows.add(new Row(documents, id, d.docDate().value(), d.docDate().evidence(), d.file(), d.title(), d.sentences(),
        d.tokens()));
    for (EntityMention e : result.entities()) {
      rows.add(new Row(entities, id, e.span().begin(), e.span().end(), e.text(), e.type().name(),
          e.subtype().map(Enum::name).orElse(""), e.sentence(), e.canonical()));
    }
    for (Timex t : result.dates()) {
      rows.add(new Row(dates, id, t.span().begin(), t.span().end(), t.text(), t.type().name(), t.value(), t.sentence()));
    }
    int n = 0;
    for (Quote q : result.quotes()) {
      n++;
      rows.add(new Row(quotes,
          id, "q" + n, q.span().begin(), q.span().end(), q.text(), q.kind().label(), q.speakerText(),
          q.speakerMention().map(s -> (Object) s.begin()).orElse(""),
          q.speakerMention().map(s -> (Object) s.end()).orElse(""), q.speaker(), q.cue(), q.sentence()));
    }
    List<Relation> sorted = new ArrayList<>(result.relations());
    sorted.sort(
        Comparator.comparingInt((Relation r) -> r.evidence().begin())
            .thenComparing(Relation::subject)
            .thenComparing(r -> r.relation().writtenName())
            .thenComparing(Relation::object));
    for (Relation r : sorted) {
      rows.add(new Row(relations,
          id, r.subject(), r.relation().writtenName(), r.object(), r.evidence().begin(), r.evidence().end(), r.extractor(),
          String.format(Locale.ROOT, "%.2f", r.confidence()), r.evidence().of(result.text())));
    }
    return rows;
  }

  /** Writes the entity index and failures table, then moves every table into place. */
  public void commit(List<Failure> failures) throws IOException {
    try (TableWriter indexTable = new TableWriter(folder.resolve("entity_index.csv"), Columns.ENTITY_INDEX, neutralise);
        TableWriter failureTable = new TableWriter(folder.resolve("failures.csv"), Columns.FAILURES, neutralise)) {
      index.writeTo(indexTable);
      List<Failure> ordered = new ArrayList<>(failures);
      ordered.sort(Comparator.comparing(Failure::docId).thenComparing(Failure::stage));
      for (Failure f : ordered) {
        failureTable.row(f.docId(), f.file(), f.stage(), f.reason());
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
