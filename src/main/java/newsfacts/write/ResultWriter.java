package newsfacts.write;

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
    documents = open("documents.csv", Columns.DOCUMENTS);
    entities = open("entities.csv", Columns.ENTITIES);
    dates = open("dates.csv", Columns.DATES);
    quotes = open("quotes.csv", Columns.QUOTES);
    relations = open("relations.csv", Columns.RELATIONS);
  }

  private TableWriter open(String name, List<String> header) throws IOException {
    TableWriter table = new TableWriter(folder.resolve(name), header, neutralise);
    open.add(table);
    return table;
  }

  public void add(ArticleResult result) {
    DocumentInfo d = result.document();
    String id = d.docId();
    documents.row(id, d.docDate().value(), d.docDate().evidence(), d.file(), d.title(), d.sentences(), d.tokens());
    for (EntityMention e : result.entities()) {
      entities.row(id, e.span().begin(), e.span().end(), e.text(), e.type(), e.subtype(), e.sentence(), e.canonical());
    }
    for (Timex t : result.dates()) {
      dates.row(id, t.span().begin(), t.span().end(), t.text(), t.type(), t.value(), t.sentence());
    }
    int n = 0;
    for (Quote q : result.quotes()) {
      n++;
      quotes.row(
          id, "q" + n, q.span().begin(), q.span().end(), q.text(), q.kind().label(), q.speakerText(),
          q.speakerMention().map(s -> (Object) s.begin()).orElse(""),
          q.speakerMention().map(s -> (Object) s.end()).orElse(""), q.speaker(), q.cue(), q.sentence());
    }
    List<Relation> sorted = new ArrayList<>(result.relations());
    sorted.sort(
        Comparator.comparingInt((Relation r) -> r.evidence().begin())
            .thenComparing(Relation::subject)
            .thenComparing(Relation::relation)
            .thenComparing(Relation::object));
    for (Relation r : sorted) {
      relations.row(
          id, r.subject(), r.relation(), r.object(), r.evidence().begin(), r.evidence().end(), r.extractor(),
          String.format(Locale.ROOT, "%.2f", r.confidence()), r.evidence().of(result.text()));
    }
    index.add(id, result.entities());
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

  @Override
  public void close() throws IOException {
    for (TableWriter table : open) {
      table.close();
    }
  }
}
