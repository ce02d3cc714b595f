package newsfacts.formats.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.formats.Fixtures;
import newsfacts.model.ArticleResult;
import newsfacts.tables.ResultWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesWriterTest {
  @TempDir Path folder;

  @Test
  void oneLinePerArticleWithTheCsvValuesOffsetsInCodePoints() throws Exception {
    ArticleResult a = Fixtures.article("a1");
    try (JsonLinesWriter json = new JsonLinesWriter(folder); ResultWriter csv = new ResultWriter(folder, false)) {
      for (ArticleResult r : List.of(a, Fixtures.article("a2"))) {
        json.add(r);
        csv.add(r);
      }
      json.commit(List.of());
      csv.commit(List.of());
    }
    List<String> lines = Files.readAllLines(folder.resolve(JsonLinesWriter.FILE), StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode article = new ObjectMapper().readTree(lines.get(0));
    assertEquals("a1", article.get("doc_id").asText());
    assertEquals("2013-07-14", article.get("doc_date").asText());
    assertEquals(2, article.get("sentences").asInt());
    assertFalse(article.get("entities").get(0).has("doc_id"));

    List<CSVRecord> entities = csv("entities.csv");
    assertEquals(5, article.get("entities").size());
    for (int i = 0; i < 5; i++) {
      JsonNode e = article.get("entities").get(i);
      assertEquals(entities.get(i).get("start"), e.get("start").asText());
      assertEquals(entities.get(i).get("end"), e.get("end").asText());
      assertEquals(entities.get(i).get("text"), e.get("text").asText());
      assertTrue(e.get("start").isInt());
    }
    // The emoji is one code point: "Ana" starts at 2, as in Python's str.
    assertEquals(2, article.get("entities").get(0).get("start").asInt());
    assertEquals("CITY", article.get("entities").get(2).get("subtype").asText());
    assertEquals("", article.get("entities").get(0).get("subtype").asText());

    JsonNode quote = article.get("quotes").get(0);
    assertEquals("q1", quote.get("quote_id").asText());
    assertEquals("\"=1+1 is 0012\"", quote.get("text").asText());
    assertEquals(2, quote.get("speaker_start").asInt());
    JsonNode relation = article.get("relations").get(0);
    assertTrue(relation.get("confidence").isNumber());
    // Written as the CSV writes it.
    assertTrue(lines.get(0).contains("\"confidence\":" + csv("relations.csv").get(0).get("confidence") + ","));
    assertEquals("2013-07-13", article.get("dates").get(0).get("value").asText());
  }

  @Test
  void anEmptySpeakerOffsetIsNull() throws Exception {
    ArticleResult a = Fixtures.article("a1");
    newsfacts.model.Quote q = a.quotes().get(0);
    ArticleResult noSpeaker = new ArticleResult(a.document(), a.text(), a.entities(), a.dates(),
        List.of(new newsfacts.model.Quote(q.span(), q.text(), q.kind(), java.util.Optional.empty(), "", "", "said", 0)),
        a.relations(), a.sentences());
    try (JsonLinesWriter json = new JsonLinesWriter(folder)) {
      json.add(noSpeaker);
      json.commit(List.of());
    }
    JsonNode quote = new ObjectMapper().readTree(Files.readString(folder.resolve(JsonLinesWriter.FILE)))
        .get("quotes").get(0);
    assertTrue(quote.get("speaker_start").isNull());
    assertEquals("", quote.get("speaker").asText());
  }

  @Test
  void closingWithoutCommitLeavesNoFile() throws Exception {
    try (JsonLinesWriter json = new JsonLinesWriter(folder)) {
      json.add(Fixtures.article("a1"));
    }
    assertFalse(Files.exists(folder.resolve(JsonLinesWriter.FILE)));
  }

  private List<CSVRecord> csv(String table) throws Exception {
    try (var in = Files.newBufferedReader(folder.resolve(table), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
