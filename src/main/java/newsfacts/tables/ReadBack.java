package newsfacts.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/**
 * One article's records as {@link TableSet#load} reads them back from the tables
 * {@link ResultWriter} writes: offsets in code points, every cell through its text form (a
 * confidence rounded to two decimals, the spreadsheet guard put on and taken off). Scoring these
 * records gives what scoring the written tables gives, article by article, without reading them.
 */
public final class ReadBack {
  private ReadBack() {}

  public static DocumentAnnotations of(ArticleResult result, boolean neutralise) {
    String id = result.document().docId();
    CodePoints offsets = CodePoints.of(result.text());
    List<EntityMention> entities = new ArrayList<>();
    for (EntityMention e : result.entities()) {
      entities.add(reread(Tables.ENTITIES, new Tables.EntityRow(id, e), offsets, neutralise).entity());
    }
    List<Timex> dates = new ArrayList<>();
    for (Timex t : result.dates()) {
      dates.add(reread(Tables.DATES, new Tables.DateRow(id, t), offsets, neutralise).date());
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : result.quotes()) {
      quotes.add(reread(Tables.QUOTES, new Tables.QuoteRow(id, "q" + (quotes.size() + 1), q), offsets, neutralise)
          .quote());
    }
    List<Relation> relations = new ArrayList<>();
    for (Relation r : result.relations()) {
      Tables.RelationRow row = new Tables.RelationRow(id, r, r.evidence().of(result.text()));
      relations.add(reread(Tables.RELATIONS, row, offsets, neutralise).relation());
    }
    return new DocumentAnnotations(id, Optional.of(result.document().docDate()), entities, dates, quotes, relations);
  }

  private static <R> R reread(TableSchema<R> schema, R row, CodePoints offsets, boolean neutralise) {
    List<Object> cells = ArticleRows.cells(schema, row, offsets);
    Map<String, String> read = new LinkedHashMap<>();
    List<String> header = schema.header();
    for (int i = 0; i < header.size(); i++) {
      Object cell = cells.get(i);
      String value = cell == null ? "" : cell.toString();
      boolean guarded = neutralise && !(cell instanceof Number);
      read.put(header.get(i), SpreadsheetSafety.restore(guarded ? SpreadsheetSafety.neutralise(value) : value));
    }
    try {
      return schema.read(new CsvRow(Path.of(schema.fileName()), 0, read));
    } catch (TableFormatException e) {
      throw new IllegalStateException("a row the writer built does not read back: " + e.getMessage(), e);
    }
  }
}
