package newsfacts.tables;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import java.util.Optional;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.RelationSlot;
import newsfacts.model.TimexType;
import newsfacts.model.Failure;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/**
 * Every table the pipeline writes, each defined once: the annotation scheme's columns first (see
 * gold/README.md), then ours. Reading fills a column a table lacks, or a blank offset pair, with a
 * neutral value: sentence -1, no canonical name or extractor, confidence 1, evidence [0, 0), no
 * speaker mention, empty file and title, 0 sentences and tokens.
 */
final class Tables {
  private Tables() {}

  private static final Set<String> LOCATION_SUBTYPES =
      Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "REGION", "FACILITY");
  private static final Set<String> DATE_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> RELATION_NAMES =
      Set.of("per:title", "per:employee_or_member_of", "per:origin", "org:alternate_names", "org:member_of",
          "org:date_founded", "org:city_of_founding", "org:founded_by", "org:city_of_headquarters",
          "org:country_of_headquarters", "per:countries_of_residence", "org:observer_of");
  private static final CharSpan NO_EVIDENCE = new CharSpan(0, 0);

  /**
   * A mention as read: a subtype on another type than LOCATION is left for the gold validator to
   * report, not read.
   */
  private static EntityMention entity(CsvRow row) throws TableFormatException {
    EntityType type = row.category("type", EntityType::valueOf);
    Optional<LocationSubtype> subtype = type == EntityType.LOCATION && !row.get("subtype").isEmpty()
        ? Optional.of(row.category("subtype", LocationSubtype::valueOf)) : Optional.empty();
    return new EntityMention(row.span("start", "end"), row.get("text"), type, subtype, row.integerOr("sentence", -1),
        row.get("canonical"));
  }

  private static RelationSlot slot(String writtenName) {
    return RelationSlot.fromWrittenName(writtenName).orElseThrow(() -> new IllegalArgumentException(writtenName));
  }

  /** An entities.csv row: a mention and its article. */
  record EntityRow(String docId, EntityMention entity) {}

  /** A dates.csv row. */
  record DateRow(String docId, Timex date) {}

  /** A quotes.csv row; we number an article's quotes q1, q2, ... */
  record QuoteRow(String docId, String quoteId, Quote quote) {}

  /** A relations.csv row; {@code evidence} is the text of the evidence span. */
  record RelationRow(String docId, Relation relation, String evidence) {}

  static final TableSchema<DocumentInfo> DOCUMENTS = TableSchema.<DocumentInfo>named("documents.csv")
      .required("doc_id", DocumentInfo::docId)
      .required("doc_date", d -> d.docDate().value())
      .required("doc_date_evidence", d -> d.docDate().evidence())
      .column("file", DocumentInfo::file)
      .column("title", DocumentInfo::title)
      .column("sentences", DocumentInfo::sentences)
      .column("tokens", DocumentInfo::tokens)
      .readAs(row -> new DocumentInfo(row.get("doc_id"), row.get("file"), row.get("title"),
          new DocDate(row.get("doc_date"), row.get("doc_date_evidence")), row.integerOr("sentences", 0),
          row.integerOr("tokens", 0)));

  static final TableSchema<EntityRow> ENTITIES = TableSchema.<EntityRow>named("entities.csv")
      .required("doc_id", EntityRow::docId)
      .required("start", r -> r.entity().span().begin())
      .required("end", r -> r.entity().span().end())
      .required("text", r -> r.entity().text())
      .required("type", names(EntityType.values()), r -> r.entity().type())
      .required("subtype", LOCATION_SUBTYPES, r -> r.entity().subtype().map(Enum::name).orElse(""))
      .column("sentence", r -> r.entity().sentence())
      .column("canonical", r -> r.entity().canonical())
      .readAs(row -> new EntityRow(row.get("doc_id"),
          entity(row)));

  static final TableSchema<DateRow> DATES = TableSchema.<DateRow>named("dates.csv")
      .required("doc_id", DateRow::docId)
      .required("start", r -> r.date().span().begin())
      .required("end", r -> r.date().span().end())
      .required("text", r -> r.date().text())
      .required("type", DATE_TYPES, r -> r.date().type().name())
      .required("value", r -> r.date().value())
      .column("sentence", r -> r.date().sentence())
      .readAs(row -> new DateRow(row.get("doc_id"),
          new Timex(row.span("start", "end"), row.get("text"), row.category("type", TimexType::valueOf), row.get("value"),
              row.integerOr("sentence", -1))));

  static final TableSchema<QuoteRow> QUOTES = TableSchema.<QuoteRow>named("quotes.csv")
      .required("doc_id", QuoteRow::docId)
      .required("quote_id", QuoteRow::quoteId)
      .required("start", r -> r.quote().span().begin())
      .required("end", r -> r.quote().span().end())
      .required("text", r -> r.quote().text())
      .required("kind", labels(), r -> r.quote().kind().label())
      .required("speaker_text", r -> r.quote().speakerText())
      .required("speaker_start", r -> r.quote().speakerMention().map(s -> (Object) s.begin()).orElse(""))
      .required("speaker_end", r -> r.quote().speakerMention().map(s -> (Object) s.end()).orElse(""))
      .required("speaker", r -> r.quote().speaker())
      .required("cue", r -> r.quote().cue())
      .column("sentence", r -> r.quote().sentence())
      .readAs(row -> new QuoteRow(row.get("doc_id"), row.get("quote_id"),
          new Quote(row.span("start", "end"), row.get("text"), row.category("kind", Tables::kind),
              row.optionalSpan("speaker_start", "speaker_end"), row.get("speaker_text"), row.get("speaker"),
              row.get("cue"), row.integerOr("sentence", -1))));

  static final TableSchema<RelationRow> RELATIONS = TableSchema.<RelationRow>named("relations.csv")
      .required("doc_id", RelationRow::docId)
      .required("subject", r -> r.relation().subject())
      .required("relation", RELATION_NAMES, r -> r.relation().relation().writtenName())
      .required("object", r -> r.relation().object())
      .required("evidence_start", r -> r.relation().evidence().begin())
      .required("evidence_end", r -> r.relation().evidence().end())
      .column("extractor", r -> r.relation().extractor())
      .column("confidence", r -> String.format(Locale.ROOT, "%.2f", r.relation().confidence()))
      .column("evidence", RelationRow::evidence)
      .readAs(row -> new RelationRow(row.get("doc_id"),
          new Relation(row.get("subject"), row.category("relation", Tables::slot), row.get("object"),
              row.optionalSpan("evidence_start", "evidence_end").orElse(NO_EVIDENCE), row.get("extractor"),
              row.decimalOr("confidence", 1.0)),
          row.get("evidence")));

  static final TableSchema<EntityIndex.Entry> ENTITY_INDEX = TableSchema.<EntityIndex.Entry>named("entity_index.csv")
      .column("entity", EntityIndex.Entry::name)
      .column("type", EntityIndex.Entry::type)
      .column("variants", e -> String.join("; ", e.variants()))
      .column("mentions", EntityIndex.Entry::mentions)
      .column("documents", e -> e.docIds().size())
      .column("doc_ids", e -> String.join("; ", e.docIds()))
      .writeOnly();

  static final TableSchema<Failure> FAILURES = TableSchema.<Failure>named("failures.csv")
      .column("doc_id", Failure::docId)
      .column("file", Failure::file)
      .column("stage", Failure::stage)
      .column("reason", Failure::reason)
      .writeOnly();

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  private static Set<String> labels() {
    return Arrays.stream(QuoteKind.values()).map(QuoteKind::label).collect(Collectors.toSet());
  }

  private static QuoteKind kind(String label) {
    return Arrays.stream(QuoteKind.values()).filter(k -> k.label().equals(label)).findFirst()
        .orElseThrow(IllegalArgumentException::new);
  }
}
