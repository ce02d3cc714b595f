package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Failure;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set of tables: replaced only on commit, never with part of an article. */
class ResultWriterTest {
  @TempDir Path folder;

  static ArticleResult result(String id, String text, List<EntityMention> entities, List<Relation> relations) {
    DocumentInfo info = new DocumentInfo(id, id + ".txt", text.lines().findFirst().orElse(""),
        new DocDate("2013-09-07", "manifest"), 1, 3);
    return new ArticleResult(info, text, entities, List.of(), List.of(), relations);
  }

  static EntityMention entity(String text, int begin) {
    return EntityMention.of(new CharSpan(begin, begin + text.length()), text, EntityType.ORGANIZATION, 0);
  }

  private String read(String table) throws IOException {
    return Files.readString(folder.resolve(table), StandardCharsets.UTF_8);
  }

  @Test
  void failedRunLeavesThePreviousTablesAndNoTemporaryFiles() throws IOException {
    try (ResultWriter w = new ResultWriter(folder, false)) {
      w.add(result("a", "SCO met.", List.of(entity("SCO", 0)), List.of()));
      w.commit(List.of());
    }
    String before = read("entities.csv");
    try (ResultWriter w = new ResultWriter(folder, false)) {
      w.add(result("b", "NATO met.", List.of(entity("NATO", 0)), List.of()));
      // a fatal error here: the writer is closed without commit
    }
    assertEquals(before, read("entities.csv"));
    assertEquals("doc_id,start,end,text,type,subtype,sentence,canonical\r\na,0,3,SCO,ORGANIZATION,,0,SCO\r\n", before);
    try (var files = Files.list(folder)) {
      assertEquals(ResultWriter.TABLE_FILES.stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void articleWhoseRowsCannotBeBuiltLeavesNoPartialRows() throws IOException {
    Relation outOfRange = new Relation("SCO", RelationSlot.ORG_MEMBER_OF, "UN", new CharSpan(0, 99), "test", 1.0);
    try (ResultWriter w = new ResultWriter(folder, false)) {
      w.add(result("a", "SCO met.", List.of(entity("SCO", 0)), List.of()));
      assertThrows(StringIndexOutOfBoundsException.class,
          () -> w.add(result("b", "NATO met.", List.of(entity("NATO", 0)), List.of(outOfRange))));
      w.commit(List.of(new Failure("b", "b.txt", "write", "StringIndexOutOfBoundsException")));
    }
    assertEquals("doc_id,start,end,text,type,subtype,sentence,canonical\r\na,0,3,SCO,ORGANIZATION,,0,SCO\r\n",
        read("entities.csv"));
    assertEquals("doc_id,doc_date,doc_date_evidence,file,title,sentences,tokens\r\n"
        + "a,2013-09-07,manifest,a.txt,SCO met.,1,3\r\n", read("documents.csv"));
    assertEquals("doc_id,file,stage,reason\r\nb,b.txt,write,StringIndexOutOfBoundsException\r\n", read("failures.csv"));
  }
}
