package newsfacts.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.RelationSlot;

/**
 * Checks a folder of tables against the article texts and the annotation scheme, and lists every
 * problem as "file: line N, column C: what is wrong". An empty list means the tables are valid.
 */
public final class GoldValidator {
  private static final Pattern DOC_DATE = Pattern.compile("(\\d{4}(-\\d{2}(-\\d{2})?)?)?");

  private final Map<String, String> texts;
  private final boolean textsGiven;
  /** Articles the gold may label whose text could not be read: their spans go unchecked. */
  private final Set<String> withoutText;
  /** Offsets in the tables count code points; the texts are indexed through these. */
  private final Map<String, CodePoints> codePoints = new HashMap<>();

  /** Checks everything, offsets and span texts against {@code texts} (article text by doc_id). */
  public GoldValidator(Map<String, String> texts) {
    this(texts, true, Set.of());
  }

  /**
   * As {@link #GoldValidator(Map)}, and the gold may also label the articles {@code withoutText}
   * (read but not readable: binary, not UTF-8); their rows are checked for everything but spans.
   */
  public GoldValidator(Map<String, String> texts, Set<String> withoutText) {
    this(texts, true, withoutText);
  }

  private GoldValidator(Map<String, String> texts, boolean textsGiven, Set<String> withoutText) {
    this.texts = texts;
    this.textsGiven = textsGiven;
    this.withoutText = Set.copyOf(withoutText);
  }

  /**
   * Checks what needs no article text (format, allowed values, duplicates, overlapping entities),
   * for scoring without the articles.
   */
  public static GoldValidator withoutTexts() {
    return new GoldValidator(Map.of(), false, Set.of());
  }

  public List<String> validate(Path folder) {
    List<String> problems = new ArrayList<>();
    check(folder, Tables.DOCUMENTS, problems, this::checkDocument);
    Map<String, List<CharSpan>> entitySpans = new HashMap<>();
    check(folder, Tables.ENTITIES, problems, (r, p) -> checkEntity(r, p, entitySpans));
    check(folder, Tables.DATES, problems, this::checkDate);
    check(folder, Tables.QUOTES, problems, this::checkQuote);
    check(folder, Tables.RELATIONS, problems, this::checkRelation);
    return problems;
  }

  private interface RowCheck {
    void check(CsvRow row, List<String> problems) throws TableFormatException;
  }

  private void check(Path folder, TableSchema<?> schema, List<String> problems, RowCheck check) {
    Path file = folder.resolve(schema.fileName());
    if (!Files.exists(file)) {
      return;
    }
    try {
      Set<Map<String, String>> seen = new HashSet<>();
      for (CsvRow row : TableReader.rows(file, schema)) {
        if (!seen.add(row.cells())) {
          problems.add(file + ": line " + row.line() + ": duplicate row");
        }
        String docId = row.get("doc_id");
        if (textsGiven && !texts.containsKey(docId) && !withoutText.contains(docId)) {
          problems.add(row.where("doc_id") + ": unknown doc_id '" + docId + "'");
          continue;
        }
        try {
          check.check(row, problems);
        } catch (TableFormatException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (TableFormatException e) {
      problems.add(e.getMessage());
    }
  }

  private void checkDocument(CsvRow row, List<String> problems) {
    if (!DOC_DATE.matcher(row.get("doc_date")).matches()) {
      problems.add(row.where("doc_date") + ": '" + row.get("doc_date") + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  private void checkEntity(CsvRow row, List<String> problems, Map<String, List<CharSpan>> spans)
      throws TableFormatException {
    CharSpan span = checkSpan(row, "start", "end", "text", problems);
    oneOf(row, Tables.ENTITIES, "type", problems);
    String subtype = row.get("subtype");
    Set<String> subtypes = Tables.ENTITIES.column("subtype").allowed();
    if (row.get("type").equals("LOCATION") ? !subtype.isEmpty() && !subtypes.contains(subtype) : !subtype.isEmpty()) {
      problems.add(row.where("subtype") + ": '" + subtype + "' is not a subtype of " + row.get("type"));
    }
    if (span != null) {
      List<CharSpan> earlier = spans.computeIfAbsent(row.get("doc_id"), k -> new ArrayList<>());
      for (CharSpan other : earlier) {
        if (other.overlaps(span) && !other.equals(span)) {
          problems.add(row.where("start") + ": span " + span.begin() + ".." + span.end() + " overlaps entity "
              + other.begin() + ".." + other.end());
        }
      }
      earlier.add(span);
    }
  }

  private void checkDate(CsvRow row, List<String> problems) throws TableFormatException {
    checkSpan(row, "start", "end", "text", problems);
    oneOf(row, Tables.DATES, "type", problems);
    // An empty value is one the tool writes for an expression it could not normalise ("the past decade").
    String value = row.get("value");
    if (!value.isEmpty() && !TimexValues.isValid(value)) {
      problems.add(row.where("value") + ": '" + row.get("value") + "' is not a TIMEX3 value");
    }
  }

  private void checkQuote(CsvRow row, List<String> problems) throws TableFormatException {
    checkSpan(row, "start", "end", "text", problems);
    oneOf(row, Tables.QUOTES, "kind", problems);
    boolean hasOffsets = !row.get("speaker_start").isBlank() || !row.get("speaker_end").isBlank();
    if (hasOffsets) {
      checkSpan(row, "speaker_start", "speaker_end", "speaker_text", problems);
    } else if (!row.get("speaker_text").isEmpty()) {
      problems.add(row.where("speaker_start") + ": speaker_text given without offsets");
    }
  }

  private void checkRelation(CsvRow row, List<String> problems) throws TableFormatException {
    // The scheme's slots, or any other TAC KBP slot (the stock CoreNLP baseline writes them).
    if (RelationSlot.fromWrittenName(row.get("relation")).isEmpty()) {
      problems.add(row.where("relation") + ": unknown value '" + row.get("relation") + "'");
    }
    CharSpan evidence = row.span("evidence_start", "evidence_end");
    CodePoints text = codePoints(row.get("doc_id"));
    if (text != null && evidence.end() > text.length()) {
      problems.add(row.where("evidence_end") + ": offset " + evidence.end() + " is past the end of the article");
    }
    for (String column : List.of("subject", "object")) {
      if (row.get(column).isBlank()) {
        problems.add(row.where(column) + ": empty");
      }
    }
  }

  private CharSpan checkSpan(CsvRow row, String startColumn, String endColumn, String textColumn, List<String> problems)
      throws TableFormatException {
    CharSpan span = row.span(startColumn, endColumn);
    CodePoints text = codePoints(row.get("doc_id"));
    if (text == null) {
      return span; // validating without the articles
    }
    if (span.end() > text.length()) {
      problems.add(row.where(endColumn) + ": offset " + span.end() + " is past the end of the article ("
          + text.length() + " characters)");
      return null;
    }
    String actual = text.slice(span.begin(), span.end());
    if (!actual.equals(row.get(textColumn))) {
      problems.add(row.where(textColumn) + ": '" + row.get(textColumn) + "' does not match the article at "
          + span.begin() + ".." + span.end() + ", which reads '" + actual + "'");
    }
    return span;
  }

  private CodePoints codePoints(String docId) {
    String text = texts.get(docId);
    return text == null ? null : codePoints.computeIfAbsent(docId, id -> CodePoints.of(text));
  }

  private static void oneOf(CsvRow row, TableSchema<?> table, String column, List<String> problems) {
    if (!table.column(column).allowed().contains(row.get(column))) {
      problems.add(row.where(column) + ": unknown value '" + row.get(column) + "'");
    }
  }
}
