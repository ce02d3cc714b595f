package newsfacts.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsfacts.app.BatchRunner;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Failure;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * An article's outcome (its result or its failure) as bytes, to travel from an executor to the
 * driver, and back. Strings go as UTF-16 code units, so any text (a lone surrogate included)
 * comes back exactly.
 *
 * <p>Design decision: the model's records hold {@code Optional} fields, which Java serialization
 * refuses, and Kryo cannot build records; a codec of our own keeps the model free of either.
 */
final class ResultCodec {
  private ResultCodec() {}

  static byte[] encode(BatchRunner.Outcome outcome) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Writer w = new Writer(out);
      w.string(outcome.docId());
      w.string(outcome.file());
      out.writeBoolean(outcome.result() != null);
      if (outcome.result() != null) {
        w.result(outcome.result());
      } else {
        Failure f = outcome.failure();
        w.string(f.docId());
        w.string(f.file());
        w.string(f.stage());
        w.string(f.reason());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static BatchRunner.Outcome decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      Reader r = new Reader(in);
      String docId = r.string();
      String file = r.string();
      if (in.readBoolean()) {
        return new BatchRunner.Outcome(docId, file, r.result(), null);
      }
      return new BatchRunner.Outcome(docId, file, null, new Failure(r.string(), r.string(), r.string(), r.string()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Writer(DataOutputStream out) {
    void string(String s) throws IOException {
      out.writeInt(s.length());
      out.writeChars(s);
    }

    void span(CharSpan span) throws IOException {
      out.writeInt(span.begin());
      out.writeInt(span.end());
    }

    void result(ArticleResult r) throws IOException {
      DocumentInfo d = r.document();
      for (String s : List.of(d.docId(), d.file(), d.title(), d.docDate().value(), d.docDate().evidence(), r.text())) {
        string(s);
      }
      out.writeInt(d.sentences());
      out.writeInt(d.tokens());
      out.writeInt(r.entities().size());
      for (EntityMention e : r.entities()) {
        span(e.span());
        string(e.text());
        string(e.type().name());
        string(e.subtype().map(Enum::name).orElse(""));
        out.writeInt(e.sentence());
        string(e.canonical());
      }
      out.writeInt(r.dates().size());
      for (Timex t : r.dates()) {
        span(t.span());
        string(t.text());
        string(t.type().name());
        string(t.value());
        out.writeInt(t.sentence());
      }
      out.writeInt(r.quotes().size());
      for (Quote q : r.quotes()) {
        quote(q);
      }
      out.writeInt(r.relations().size());
      for (Relation x : r.relations()) {
        string(x.subject());
        string(x.relation().name());
        string(x.object());
        span(x.evidence());
        string(x.extractor());
        out.writeDouble(x.confidence());
      }
    }

    private void quote(Quote q) throws IOException {
      span(q.span());
      string(q.text());
      string(q.kind().name());
      out.writeBoolean(q.speakerMention().isPresent());
      if (q.speakerMention().isPresent()) {
        span(q.speakerMention().get());
      }
      string(q.speakerText());
      string(q.speaker());
      string(q.cue());
      out.writeInt(q.sentence());
    }
  }

  private record Reader(DataInputStream in) {
    String string() throws IOException {
      int length = in.readInt();
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = in.readChar();
      }
      return new String(chars);
    }

    CharSpan span() throws IOException {
      return new CharSpan(in.readInt(), in.readInt());
    }

    ArticleResult result() throws IOException {
      String docId = string();
      String file = string();
      String title = string();
      DocDate date = new DocDate(string(), string());
      String text = string();
      DocumentInfo info = new DocumentInfo(docId, file, title, date, in.readInt(), in.readInt());
      List<EntityMention> entities = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        CharSpan span = span();
        String surface = string();
        EntityType type = EntityType.valueOf(string());
        String subtype = string();
        Optional<LocationSubtype> sub = subtype.isEmpty() ? Optional.empty() : Optional.of(LocationSubtype.valueOf(subtype));
        entities.add(new EntityMention(span, surface, type, sub, in.readInt(), string()));
      }
      List<Timex> dates = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        dates.add(new Timex(span(), string(), TimexType.valueOf(string()), string(), in.readInt()));
      }
      List<Quote> quotes = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        quotes.add(quote());
      }
      List<Relation> relations = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        relations.add(new Relation(string(), RelationSlot.valueOf(string()), string(), span(), string(), in.readDouble()));
      }
      return new ArticleResult(info, text, entities, dates, quotes, relations);
    }

    private Quote quote() throws IOException {
      CharSpan span = span();
      String text = string();
      QuoteKind kind = QuoteKind.valueOf(string());
      Optional<CharSpan> mention = in.readBoolean() ? Optional.of(span()) : Optional.empty();
      return new Quote(span, text, kind, mention, string(), string(), string(), in.readInt());
    }
  }
}
