package newsfacts.tables;

import java.util.List;

/** Column names of every table; the first columns are those of the annotation scheme. */
public final class Columns {
  private Columns() {}

  public static final List<String> DOCUMENTS =
      List.of("doc_id", "doc_date", "doc_date_evidence", "file", "title", "sentences", "tokens");
  public static final List<String> ENTITIES =
      List.of("doc_id", "start", "end", "text", "type", "subtype", "sentence", "canonical");
  public static final List<String> DATES =
      List.of("doc_id", "start", "end", "text", "type", "value", "sentence");
  public static final List<String> QUOTES =
      List.of(
          "doc_id", "quote_id", "start", "end", "text", "kind", "speaker_text", "speaker_start",
          "speaker_end", "speaker", "cue", "sentence");
  public static final List<String> RELATIONS =
      List.of(
          "doc_id", "subject", "relation", "object", "evidence_start", "evidence_end", "extractor",
          "confidence", "evidence");
  public static final List<String> ENTITY_INDEX =
      List.of("entity", "type", "variants", "mentions", "documents", "doc_ids");
  public static final List<String> FAILURES = List.of("doc_id", "file", "stage", "reason");

  /** The columns our writer gives the table of that file name; empty for a name it does not write. */
  public static List<String> forTable(String fileName) {
    return switch (fileName) {
      case "documents.csv" -> DOCUMENTS;
      case "entities.csv" -> ENTITIES;
      case "dates.csv" -> DATES;
      case "quotes.csv" -> QUOTES;
      case "relations.csv" -> RELATIONS;
      case "entity_index.csv" -> ENTITY_INDEX;
      case "failures.csv" -> FAILURES;
      default -> List.of();
    };
  }
}
