package newsfacts.formats.brat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsfacts.formats.Fixtures;
import newsfacts.model.AnnotationSet;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;
import newsfacts.tables.CodePoints;
import newsfacts.tables.ResultWriter;
import newsfacts.tables.TableSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our tables -> brat -> import gives the same tables (every column brat carries: the scheme's and canonical). */
class BratRoundTripTest {
  @TempDir Path folder;

  @Test
  void anInventedArticleWithEveryLayerComesBackTheSame() throws Exception {
    List<ArticleResult> results = List.of(Fixtures.article("a1"), Fixtures.article("a2"));
    Path tables = folder.resolve("tables");
    try (ResultWriter csv = new ResultWriter(tables, true); BratWriter brat = new BratWriter(folder)) {
      for (ArticleResult r : results) {
        csv.add(r);
        brat.add(r);
      }
      csv.commit(List.of());
      brat.commit(List.of());
    }
    Path bratFolder = folder.resolve(BratWriter.FOLDER);
    assertArrayEquals(Fixtures.TEXT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(bratFolder.resolve("a1.txt")));
    String ann = Files.readString(bratFolder.resolve("a1.ann"));
    // Code points: "Ana" after the emoji and a space starts at 2.
    assertTrue(ann.contains("\tPERSON 2 11\tAna Reyes\n"), ann);
    assertTrue(ann.contains("\tAnnotatorNotes T2\tcanonical=Veltron Labs Inc\n"), ann);
    assertTrue(ann.contains("\tSubtype T3 CITY\n"), ann);
    assertTrue(ann.contains("\tAnnotatorNotes T6\tvalue=2013-07-13\n"), ann);
    assertTrue(ann.contains("\torg_founded_by Arg1:T4 Arg2:T5\n"), ann);
    assertTrue(Files.exists(bratFolder.resolve("annotation.conf")));
    assertTrue(Files.exists(bratFolder.resolve("visual.conf")));

    Path imported = folder.resolve("imported");
    assertEquals(2, BratImport.run(bratFolder, imported, Map.of()));
    assertSameAnnotations(TableSet.load(tables), TableSet.load(imported));
  }

  @Test
  void theSeedTablesComeBackTheSame() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    AnnotationSet seeds = TableSet.load(project.resolve("output"));
    try (BratWriter brat = new BratWriter(folder)) {
      for (DocumentAnnotations doc : seeds.documents().values()) {
        String text = Files.readString(project.resolve("seeds").resolve(doc.docId() + ".txt"), StandardCharsets.UTF_8);
        brat.add(toResult(doc, text));
      }
      brat.commit(List.of());
    }
    Path imported = folder.resolve("imported");
    BratImport.run(folder.resolve(BratWriter.FOLDER), imported, Map.of());
    assertSameAnnotations(seeds, TableSet.load(imported));
  }

  /** A table set's article as a result: offsets back from code points to Java indices. */
  static ArticleResult toResult(DocumentAnnotations doc, String text) {
    CodePoints cp = CodePoints.of(text);
    List<EntityMention> entities = doc.entities().stream()
        .map(e -> e.withSpan(java(cp, e.span()), e.text())).toList();
    List<Timex> dates = doc.dates().stream().map(t -> t.withSpan(java(cp, t.span()), t.text())).toList();
    List<Quote> quotes = doc.quotes().stream().map(q -> new Quote(java(cp, q.span()), q.text(), q.kind(),
        q.speakerMention().map(s -> java(cp, s)), q.speakerText(), q.speaker(), q.cue(), q.sentence())).toList();
    List<Relation> relations = doc.relations().stream().map(r -> new Relation(r.subject(), r.relation(), r.object(),
        java(cp, r.evidence()), r.extractor(), r.confidence())).toList();
    DocumentInfo info = new DocumentInfo(doc.docId(), doc.docId() + ".txt", "",
        doc.docDate().orElse(DocDate.unknown("")), 0, 0);
    return new ArticleResult(info, text, entities, dates, quotes, relations);
  }

  private static CharSpan java(CodePoints cp, CharSpan s) {
    return new CharSpan(cp.toCharIndex(s.begin()), cp.toCharIndex(s.end()));
  }

  /** Equal on every column the import writes; sentence, extractor and confidence are not carried. */
  static void assertSameAnnotations(AnnotationSet expected, AnnotationSet actual) {
    assertEquals(expected.documents().keySet(), actual.documents().keySet());
    for (String id : expected.documents().keySet()) {
      DocumentAnnotations e = expected.document(id);
      DocumentAnnotations a = actual.document(id);
      assertEquals(e.docDate(), a.docDate(), id);
      assertEquals(e.entities().stream().map(m -> new EntityMention(m.span(), m.text(), m.type(), m.subtype(), -1,
          m.canonical())).toList(), a.entities(), id);
      assertEquals(e.dates().stream().map(t -> new Timex(t.span(), t.text(), t.type(), t.value(), -1)).toList(),
          a.dates(), id);
      assertEquals(e.quotes().stream().map(q -> new Quote(q.span(), q.text(), q.kind(), q.speakerMention(),
          q.speakerText(), q.speaker(), q.cue(), -1)).toList(), a.quotes(), id);
      assertEquals(e.relations().stream().map(r -> new Relation(r.subject(), r.relation(), r.object(), r.evidence(),
          "", 1.0)).toList(), a.relations(), id);
    }
  }
}
