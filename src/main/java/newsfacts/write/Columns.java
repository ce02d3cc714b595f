package newsfacts.write;

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
}
