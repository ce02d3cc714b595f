package newsfacts.eval;

import newsfacts.model.TimexType;
import newsfacts.model.RelationSlot;
import newsfacts.model.LocationSubtype;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import newsfacts.model.AnnotationSet;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.TableLayer;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/**
 * Records built by hand, each with its article, as the tests' shorthand. Spans are [start, end).
 * Columns the scheme does not have get the values a table without them is read with.
 */
public final class Make {
  private Make() {}

  /** A record and the article it belongs to. */
  record InDoc(String docId, Object record) {}

  static InDoc entity(String doc, int start, int end, String type) {
    return entity(doc, start, end, type, "");
  }

  static InDoc entity(String doc, int start, int end, String type, String subtype) {
    return new InDoc(doc, mention(start, end, type, subtype));
  }

  static EntityMention mention(int start, int end, String type, String subtype) {
    return new EntityMention(new CharSpan(start, end), "e" + start, EntityType.valueOf(type),
        subtype.isEmpty() ? Optional.empty() : Optional.of(LocationSubtype.valueOf(subtype)), -1, "");
  }

  static InDoc date(String doc, int start, int end, String type, String value) {
    return new InDoc(doc, new Timex(new CharSpan(start, end), "t" + start, TimexType.valueOf(type), value, -1));
  }

  static InDoc quote(String doc, int start, int end, String kind, String speaker) {
    QuoteKind k = QuoteKind.valueOf(kind.toUpperCase(Locale.ROOT));
    return new InDoc(doc, new Quote(new CharSpan(start, end), "q" + start, k, Optional.empty(), "", speaker, "said", -1));
  }

  /** A continuation: a direct quote with no cue, carrying on the previous quote of its speaker. */
  static InDoc continuation(String doc, int start, int end, String speaker) {
    return new InDoc(doc, new Quote(new CharSpan(start, end), "q" + start, QuoteKind.DIRECT, Optional.empty(), "",
        speaker, "", -1));
  }

  /** A direct quote with a speaker mention [mentionStart, mentionEnd) (none when mentionStart < 0). */
  static InDoc quote(String doc, int start, int end, String speaker, int mentionStart, int mentionEnd) {
    Optional<CharSpan> mention =
        mentionStart < 0 ? Optional.empty() : Optional.of(new CharSpan(mentionStart, mentionEnd));
    String mentionText = mention.isEmpty() ? "" : "m" + mentionStart;
    return new InDoc(doc, new Quote(new CharSpan(start, end), "q" + start, QuoteKind.DIRECT, mention, mentionText,
        speaker, "said", -1));
  }

  static InDoc relation(String doc, String subject, String relation, String object) {
    return new InDoc(doc, new Relation(subject, RelationSlot.fromWrittenName(relation).orElseThrow(), object, new CharSpan(0, 0), "", 1.0));
  }

  static InDoc document(String doc, String docDate) {
    return new InDoc(doc, new DocDate(docDate, ""));
  }

  /** A table set's contents: the records in order; layers as given (those of the records if none). */
  static AnnotationSet set(List<InDoc> records, TableLayer... layers) {
    AnnotationSet.Builder set = new AnnotationSet.Builder();
    for (TableLayer layer : layers) {
      set.layer(layer);
    }
    for (InDoc r : records) {
      if (r.record() instanceof DocDate d) {
        set.docDate(r.docId(), d);
      } else if (r.record() instanceof EntityMention e) {
        set.entity(r.docId(), e);
      } else if (r.record() instanceof Timex t) {
        set.date(r.docId(), t);
      } else if (r.record() instanceof Quote q) {
        set.quote(r.docId(), q);
      } else {
        set.relation(r.docId(), (Relation) r.record());
      }
    }
    return set.build();
  }

  /** One pair per article named on either side, in doc_id order, as a layer scorer receives them. */
  static List<DocumentPair> pairs(List<InDoc> gold, List<InDoc> pred) {
    AnnotationSet g = set(gold);
    AnnotationSet p = set(pred);
    TreeSet<String> ids = new TreeSet<>(g.documents().keySet());
    ids.addAll(p.documents().keySet());
    List<DocumentPair> pairs = new ArrayList<>();
    ids.forEach(id -> pairs.add(new DocumentPair(id, g.document(id), p.document(id))));
    return pairs;
  }
}
