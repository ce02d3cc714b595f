package newsfacts.formats.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsfacts.formats.Fixtures;
import newsfacts.formats.brat.DkproBrat.Arc;
import newsfacts.formats.brat.DkproBrat.Doc;
import newsfacts.formats.brat.DkproBrat.Span;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.EntityMention;
import newsfacts.model.Timex;
import newsfacts.tables.TableSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our brat folder read by DKPro Core's BratReader, the reader INCEpTION imports brat with: every
 * entity, date, quote (content, source, cue) and relation arrives with the offsets and covered
 * text of our tables (see {@link DkproBratExpectations}).
 */
class BratInDkproTest {
  @TempDir Path folder;

  private Map<String, Doc> writeAndRead(List<ArticleResult> results) throws Exception {
    try (BratWriter brat = new BratWriter(folder)) {
      for (ArticleResult r : results) {
        brat.add(r);
      }
      brat.commit(List.of());
    }
    Map<String, Doc> docs = DkproBrat.read(folder.resolve(BratWriter.FOLDER));
    assertEquals(results.stream().map(r -> r.document().docId()).sorted().toList(),
        docs.keySet().stream().sorted().toList());
    return docs;
  }

  @Test
  void theSeedTablesArriveWithTheirOffsetsTextsAttributesNotesAndRelations() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    List<ArticleResult> results = new ArrayList<>();
    for (DocumentAnnotations doc : TableSet.load(project.resolve("output")).documents().values()) {
      String text = Files.readString(project.resolve("seeds").resolve(doc.docId() + ".txt"), StandardCharsets.UTF_8);
      results.add(BratRoundTripTest.toResult(doc, text));
    }
    Map<String, Doc> docs = writeAndRead(results);
    for (ArticleResult r : results) {
      DkproBratExpectations.assertArrived(r, docs.get(r.document().docId()), true);
    }
  }

  @Test
  void theInventedArticleWithEveryLayerArrivesTheSame() throws Exception {
    // The fixture with its emoji replaced by two BMP characters: the same Java indices, no surrogate pair.
    ArticleResult a = Fixtures.article("a1");
    ArticleResult bmp = new ArticleResult(a.document(), a.text().replace("😀", "**"), a.entities(), a.dates(),
        a.quotes(), a.relations(), a.sentences());
    Doc doc = writeAndRead(List.of(bmp)).get("a1");
    assertEquals(bmp.text(), doc.text());
    DkproBratExpectations.assertArrived(bmp, doc, true);
    Span location = doc.spans().stream().filter(s -> s.label().equals("LOCATION")).findFirst().orElseThrow();
    assertEquals("CITY", location.features().get(BratScheme.SUBTYPE));
    Span july = doc.spans().stream().filter(s -> s.covered().equals("July 13")).findFirst().orElseThrow();
    assertEquals(Map.of("value", "2013-07-13"), july.features());
    Arc founded = doc.arcs().stream().filter(r -> r.label().equals("org_founded_by")).findFirst().orElseThrow();
    assertEquals("Veltron Labs Inc", founded.governor().features().get("canonical"));
    assertEquals("Ana Reyes", founded.dependent().covered());
  }

  /**
   * brat's offsets are code points (ours too); DKPro Core and INCEpTION take them as Java (UTF-16)
   * indices, so after a character outside the BMP (an emoji) every span arrives one character early
   * per such character. The numbers arrive unchanged; only the covered text differs.
   */
  @Test
  void afterAnEmojiTheCodePointOffsetsArriveAsNumbersButDkproCutsTheTextInUtf16() throws Exception {
    ArticleResult a = Fixtures.article("a1");
    Doc doc = writeAndRead(List.of(a)).get("a1");
    DkproBratExpectations.assertArrived(a, doc, false);
    Span ana = doc.spans().stream().filter(s -> s.label().equals("PERSON")).findFirst().orElseThrow();
    assertEquals(2, ana.begin());
    assertEquals(11, ana.end());
    assertEquals(" Ana Reye", ana.covered());
  }

  @Test
  void everyRelationArgumentResolves() throws Exception {
    Doc doc = writeAndRead(List.of(Fixtures.article("a1"))).get("a1");
    for (Arc arc : doc.arcs()) {
      assertNotNull(arc.governor(), arc.toString());
      assertNotNull(arc.dependent(), arc.toString());
    }
    assertTrue(doc.arcs().size() >= Fixtures.article("a1").relations().size() + 2, doc.arcs().toString());
    List<String> dates = doc.spans().stream().filter(s -> s.label().equals("DATE")).map(Span::label).toList();
    assertEquals(Fixtures.article("a1").dates().stream().map(Timex::type).map(Enum::name).toList(), dates);
    assertEquals(Fixtures.article("a1").entities().size(), doc.spans().stream()
        .filter(s -> Fixtures.article("a1").entities().stream().map(EntityMention::type).map(Enum::name)
            .anyMatch(s.label()::equals)).count());
  }
}
