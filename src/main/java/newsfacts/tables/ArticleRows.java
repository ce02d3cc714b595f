package newsfacts.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import newsfacts.model.ArticleResult;
import newsfacts.model.EntityMention;
import newsfacts.model.Failure;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/**
 * An article's rows of each table, exactly as the CSV writer writes them (offsets as code points,
 * numbers as {@link Integer}), for every output format: a format that builds its rows here holds
 * the same values as the CSVs.
 */
public final class ArticleRows {
  private ArticleRows() {}

  /** The tables with a row per article item, in table order (file names). */
  public static final List<String> ARTICLE_TABLES =
      Stream.of(Tables.DOCUMENTS, Tables.ENTITIES, Tables.DATES, Tables.QUOTES, Tables.RELATIONS)
          .map(TableSchema::fileName).toList();

  /** The columns whose cells are numbers (every other cell is text). */
  public static final Set<String> NUMBER_COLUMNS =
      Set.of("start", "end", "speaker_start", "speaker_end", "evidence_start", "evidence_end", "sentence",
          "sentences", "tokens", "confidence", "mentions", "documents");

  /** A table's header, by file name (also entity_index.csv and failures.csv). */
  public static List<String> header(String table) {
    return Stream.of(Tables.DOCUMENTS, Tables.ENTITIES, Tables.DATES, Tables.QUOTES, Tables.RELATIONS,
            Tables.ENTITY_INDEX, Tables.FAILURES)
        .filter(s -> s.fileName().equals(table)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + table)).header();
  }

  /** The article's rows by table file name, every table of {@link #ARTICLE_TABLES} present. */
  public static Map<String, List<List<Object>>> of(ArticleResult result) {
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    ARTICLE_TABLES.forEach(t -> rows.put(t, new ArrayList<>()));
    String id = result.document().docId();
    CodePoints offsets = CodePoints.of(result.text());
    rows.get(Tables.DOCUMENTS.fileName()).add(Tables.DOCUMENTS.cells(result.document()));
    for (EntityMention e : result.entities()) {
      rows.get(Tables.ENTITIES.fileName()).add(cells(Tables.ENTITIES, new Tables.EntityRow(id, e), offsets));
    }
    for (Timex t : result.dates()) {
      rows.get(Tables.DATES.fileName()).add(cells(Tables.DATES, new Tables.DateRow(id, t), offsets));
    }
    int n = 0;
    for (Quote q : result.quotes()) {
      n++;
      rows.get(Tables.QUOTES.fileName()).add(cells(Tables.QUOTES, new Tables.QuoteRow(id, "q" + n, q), offsets));
    }
    for (Relation r : sortedRelations(result)) {
      Tables.RelationRow row = new Tables.RelationRow(id, r, r.evidence().of(result.text()));
      rows.get(Tables.RELATIONS.fileName()).add(cells(Tables.RELATIONS, row, offsets));
    }
    return rows;
  }

  /** The relations in the order of relations.csv. */
  public static List<Relation> sortedRelations(ArticleResult result) {
    List<Relation> sorted = new ArrayList<>(result.relations());
    sorted.sort(
        Comparator.comparingInt((Relation r) -> r.evidence().begin())
            .thenComparing(Relation::subject)
            .thenComparing(r -> r.relation().writtenName())
            .thenComparing(Relation::object));
    return sorted;
  }

  /** The rows of failures.csv, in its order. */
  public static List<List<Object>> failures(List<Failure> failures) {
    List<Failure> ordered = new ArrayList<>(failures);
    ordered.sort(Comparator.comparing(Failure::docId).thenComparing(Failure::stage));
    return ordered.stream().map(Tables.FAILURES::cells).toList();
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
      if (ResultWriter.OFFSET_COLUMNS.contains(header.get(i)) && converted.get(i) instanceof Integer index) {
        converted.set(i, offsets.toCodePoint(index));
      }
    }
    return converted;
  }
}
