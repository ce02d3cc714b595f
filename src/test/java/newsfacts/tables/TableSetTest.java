package newsfacts.tables;

import newsfacts.model.TimexType;
import newsfacts.model.RelationSlot;
import newsfacts.model.LocationSubtype;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import newsfacts.eval.SmallTables;
import newsfacts.model.AnnotationSet;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.TableLayer;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading tables back: what the writer writes reads as the same records; scheme-only tables get defaults. */
class TableSetTest {
  @TempDir Path folder;

  // "=SCO" starts like a formula, so spreadsheet mode guards it and reading must restore it.
  private static final String TEXT = "=SCO said \"we agree,\" Wang told reporters on Monday.";

  @Test
  void writtenRecordsReadBackUnchanged() throws Exception {
    EntityMention sco = new EntityMention(new CharSpan(0, 4), "=SCO", EntityType.ORGANIZATION, Optional.empty(), 0, "=SCO");
    Timex monday = new Timex(new CharSpan(45, 51), "Monday", TimexType.DATE, "2013-09-09", 0);
    Quote said = new Quote(new CharSpan(10, 21), "\"we agree,\"", QuoteKind.DIRECT, Optional.of(new CharSpan(22, 26)),
        "Wang", "Wang", "told", 0);
    Quote unattributed = new Quote(new CharSpan(10, 13), "\"we", QuoteKind.MIXED, Optional.empty(), "", "", "", 0);
    Relation title = new Relation("Wang", RelationSlot.PER_TITLE, "spokesman", new CharSpan(0, TEXT.length()), "test", 0.75);
    DocumentInfo info = new DocumentInfo("a", "a.txt", "title", new DocDate("2013-09-10", "manifest"), 1, 12);
    try (ResultWriter w = new ResultWriter(folder, true)) {
      w.add(new ArticleResult(info, TEXT, List.of(sco), List.of(monday), List.of(said, unattributed), List.of(title)));
      w.commit(List.of());
    }
    AnnotationSet set = TableSet.load(folder);
    assertEquals(EnumSet.allOf(TableLayer.class), set.layers());
    assertEquals(new DocumentAnnotations("a", Optional.of(info.docDate()), List.of(sco), List.of(monday),
        List.of(said, unattributed), List.of(title)), set.document("a"));
  }

  @Test
  void columnsTheSchemeDoesNotHaveReadAsNeutralValues() throws Exception {
    AnnotationSet gold = TableSet.load(SmallTables.writeGold(folder));
    DocumentAnnotations d1 = gold.document("d1");
    assertEquals(new EntityMention(new CharSpan(0, 6), "ASTANA", EntityType.LOCATION, Optional.of(LocationSubtype.CITY), -1, ""),
        d1.entities().get(0));
    assertEquals(new Relation("Yerzhan Kazykhanov", RelationSlot.PER_TITLE, "Foreign Minister", new CharSpan(0, 125), "", 1.0),
        d1.relations().get(0));
    assertEquals(Optional.of(new CharSpan(63, 81)), d1.quotes().get(0).speakerMention());
    assertEquals(-1, d1.quotes().get(0).sentence());
  }

  @Test
  void anAbsentTableLeavesItsLayerOut() throws Exception {
    Files.writeString(folder.resolve("entities.csv"), "doc_id,start,end,text,type,subtype\r\nd1,0,3,SCO,ORGANIZATION,\r\n");
    AnnotationSet set = TableSet.load(folder);
    assertEquals(EnumSet.of(TableLayer.ENTITIES), set.layers());
    assertEquals(Optional.empty(), set.document("d1").docDate());
    assertEquals(DocumentAnnotations.empty("d9"), set.document("d9"));
  }

  @Test
  void aValueOutsideTheSchemesListIsAnErrorNamingItsCell() throws IOException {
    Files.writeString(folder.resolve("quotes.csv"),
        "doc_id,quote_id,start,end,text,kind,speaker_text,speaker_start,speaker_end,speaker,cue\r\n"
            + "d1,q1,0,3,abc,Direct,,,,,said\r\n");
    TableFormatException e = assertThrows(TableFormatException.class, () -> TableSet.load(folder));
    assertEquals(folder.resolve("quotes.csv") + ": line 2, column kind: unknown value 'Direct'", e.getMessage());
  }
}
