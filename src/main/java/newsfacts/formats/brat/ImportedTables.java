package newsfacts.formats.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsfacts.formats.brat.AnnReader.TextBound;
import newsfacts.model.LocationSubtype;
import newsfacts.model.QuoteKind;
import newsfacts.model.RelationSlot;
import newsfacts.tables.TableWriter;

/** The scheme's tables built from brat documents, written when every document has been read. */
final class ImportedTables {
  private static final Comparator<TextBound> BY_SPAN =
      Comparator.comparingInt(TextBound::start).thenComparingInt(TextBound::end).thenComparingInt(TextBound::line);

  private final List<List<Object>> documents = new ArrayList<>();
  private final List<List<Object>> entities = new ArrayList<>();
  private final List<List<Object>> dates = new ArrayList<>();
  private final List<List<Object>> quotes = new ArrayList<>();
  private final List<List<Object>> relations = new ArrayList<>();

  void add(List<String> document, AnnReader ann, List<String> problems) {
    String docId = document.get(0);
    documents.add(List.copyOf(document));
    List<TextBound> spans = BratImport.sorted(new ArrayList<>(ann.textBounds.values()), BY_SPAN);
    int quoteNumber = 0;
    for (TextBound t : spans) {
      if (BratScheme.entityTypes().contains(t.type())) {
        String subtype = attribute(ann, t, BratScheme.SUBTYPE, names(LocationSubtype.values()), problems);
        entities.add(List.of(docId, t.start(), t.end(), t.text(), t.type(), subtype, note(ann, t.id(), "canonical",
            t.text())));
      } else if (BratScheme.dateTypes().contains(t.type())) {
        dates.add(List.of(docId, t.start(), t.end(), t.text(), t.type(), note(ann, t.id(), "value", "")));
      } else if (t.type().equals(BratScheme.QUOTE)) {
        quotes.add(quote(docId, "q" + ++quoteNumber, t, ann, problems));
      }
    }
    List<List<Object>> articleRelations = new ArrayList<>();
    for (AnnReader.Relation r : ann.relations) {
      Optional<RelationSlot> slot = RelationSlot.fromWrittenName(r.type().replaceFirst("_", ":"));
      if (slot.isPresent() && ann.textBounds.containsKey(r.arg1()) && ann.textBounds.containsKey(r.arg2())) {
        articleRelations.add(relation(docId, slot.get(), r, ann, problems));
      }
    }
    articleRelations.sort(Comparator.comparingInt((List<Object> row) -> (Integer) row.get(4))
        .thenComparing(row -> (String) row.get(1)).thenComparing(row -> (String) row.get(2))
        .thenComparing(row -> (String) row.get(3)));
    relations.addAll(articleRelations);
  }

  private static List<Object> quote(String docId, String quoteId, TextBound t, AnnReader ann, List<String> problems) {
    List<String> kinds = Arrays.stream(QuoteKind.values()).map(QuoteKind::label).toList();
    String kind = attribute(ann, t, BratScheme.KIND, kinds, problems);
    if (kind.isEmpty()) {
      problems.add(ann.problemsFile() + ":" + t.line() + ": Quote " + t.id() + " without a Kind; expected an attribute "
          + "line 'A<n><TAB>Kind " + t.id() + " " + String.join("|", kinds) + "'");
    }
    Optional<TextBound> source = linked(ann, t, BratScheme.HAS_SOURCE);
    Optional<TextBound> cue = linked(ann, t, BratScheme.HAS_CUE);
    String speakerText = note(ann, t.id(), "speaker_text", source.map(TextBound::text).orElse(""));
    return List.of(docId, quoteId, t.start(), t.end(), t.text(), kind, speakerText,
        source.map(s -> (Object) s.start()).orElse(""), source.map(s -> (Object) s.end()).orElse(""),
        note(ann, t.id(), "speaker", ""), cue.map(TextBound::text).orElseGet(() -> note(ann, t.id(), "cue", "")));
  }

  private static Optional<TextBound> linked(AnnReader ann, TextBound quote, String relation) {
    return ann.relations.stream().filter(r -> r.type().equals(relation) && r.arg1().equals(quote.id()))
        .map(r -> ann.textBounds.get(r.arg2())).filter(t -> t != null).findFirst();
  }

  private static List<Object> relation(String docId, RelationSlot slot, AnnReader.Relation r, AnnReader ann,
      List<String> problems) {
    TextBound subject = ann.textBounds.get(r.arg1());
    TextBound object = ann.textBounds.get(r.arg2());
    int start = Math.min(subject.start(), object.start());
    int end = Math.max(subject.end(), object.end());
    String evidence = note(ann, r.id(), "evidence", "");
    if (!evidence.isEmpty()) {
      String[] ends = evidence.split("-");
      try {
        start = Integer.parseInt(ends[0].trim());
        end = Integer.parseInt(ends[1].trim());
      } catch (RuntimeException e) {
        problems.add(ann.problemsFile() + ":" + r.line() + ": evidence note '" + evidence + "' of " + r.id()
            + "; expected evidence=START-END");
      }
    }
    return List.of(docId, name(ann, subject, r, problems), slot.writtenName(), name(ann, object, r, problems), start,
        end);
  }

  /** The name a relation argument stands for: an entity's canonical name, a date's value, an argument's name. */
  private static String name(AnnReader ann, TextBound t, AnnReader.Relation r, List<String> problems) {
    if (BratScheme.dateTypes().contains(t.type())) {
      return note(ann, t.id(), "value", t.text());
    }
    if (List.of(BratScheme.QUOTE, BratScheme.SOURCE, BratScheme.CUE).contains(t.type())) {
      problems.add(ann.problemsFile() + ":" + r.line() + ": " + t.type() + " " + t.id() + " as an argument of "
          + r.type() + "; expected an entity, a date or an Argument");
    }
    return note(ann, t.id(), "canonical", t.text());
  }

  private static String attribute(AnnReader ann, TextBound t, String name, List<String> allowed, List<String> problems) {
    String value = ann.attributes.getOrDefault(t.id(), Map.of()).getOrDefault(name, "");
    if (!value.isEmpty() && !allowed.contains(value)) {
      problems.add(ann.problemsFile() + ":" + ann.attributeLines.get(t.id() + " " + name) + ": " + name + " '" + value
          + "'; expected one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static String note(AnnReader ann, String id, String key, String otherwise) {
    return ann.notes.getOrDefault(id, Map.of()).getOrDefault(key, otherwise);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder, "documents.csv", documents, "doc_id", "doc_date", "doc_date_evidence");
    write(folder, "entities.csv", entities, "doc_id", "start", "end", "text", "type", "subtype", "canonical");
    write(folder, "dates.csv", dates, "doc_id", "start", "end", "text", "type", "value");
    write(folder, "quotes.csv", quotes, "doc_id", "quote_id", "start", "end", "text", "kind", "speaker_text",
        "speaker_start", "speaker_end", "speaker", "cue");
    write(folder, "relations.csv", relations, "doc_id", "subject", "relation", "object", "evidence_start",
        "evidence_end");
  }

  private static void write(Path folder, String file, List<List<Object>> rows, String... header) throws IOException {
    try (TableWriter table = new TableWriter(folder.resolve(file), List.of(header), false)) {
      rows.forEach(table::row);
      table.commit();
    }
  }
}
