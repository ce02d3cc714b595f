package newsfacts.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsfacts.eval.ScoreRow;
import newsfacts.eval.Scorer;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.tables.GoldValidator;
import newsfacts.tables.ResultWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop "pre-annotate with the tool, correct by hand, score": whatever the tool writes is
 * valid gold, and its tables scored against themselves give 1.0 on every defined figure.
 */
class ToolTablesAsGoldTest {
  // offsets: Mara Lind 0-9, Velotek 24-31, Lisbon 35-41, "9:42 p.m. PDT" 46-59, "some time" 61-70,
  // the quote 76-91, "she" 94-97; the second article has no date line and no speaker
  private static final String A =
      "Mara Lind, the chief of Velotek in Lisbon, at 9:42 p.m. PDT, some time ago: \"We are growing,\" she said.";
  private static final String B = "\"Prices will fall,\" a leaflet read.";

  @TempDir Path dir;

  private static ArticleResult first() {
    var people = EntityMention.of(new CharSpan(0, 9), "Mara Lind", EntityType.PERSON, 0);
    var company = EntityMention.of(new CharSpan(24, 31), "Velotek", EntityType.ORGANIZATION, 0);
    var city = new EntityMention(new CharSpan(35, 41), "Lisbon", EntityType.LOCATION,
        Optional.of(LocationSubtype.CITY), 0, "Lisbon");
    var clock = new Timex(new CharSpan(46, 59), "9:42 p.m. PDT", TimexType.TIME, "2021-08-03T21:42-0800", 0);
    var vague = new Timex(new CharSpan(61, 70), "some time", TimexType.DURATION, "", 0);
    var quote = new Quote(new CharSpan(76, 91), "\"We are growing", QuoteKind.DIRECT,
        Optional.of(new CharSpan(94, 97)), "she", "Mara Lind", "said", 0);
    var title = new Relation("Mara Lind", RelationSlot.PER_TITLE, "chief", new CharSpan(0, A.length()), "title", 0.9);
    var stock = new Relation("Velotek", RelationSlot.ORG_TOP_MEMBERS_EMPLOYEES, "Mara Lind",
        new CharSpan(0, A.length()), "kbp", 0.5);
    return new ArticleResult(new DocumentInfo("a", "a.txt", "Mara Lind", new DocDate("2021-08-03", "manifest"), 1, 24),
        A, List.of(people, company, city), List.of(clock, vague), List.of(quote), List.of(title, stock));
  }

  private static ArticleResult second() {
    var quote = new Quote(new CharSpan(0, 19), "\"Prices will fall,\"", QuoteKind.DIRECT, Optional.empty(), "", "",
        "read", 0);
    return new ArticleResult(new DocumentInfo("b", "b.txt", "", new DocDate("", "no publication date in the text"), 1, 9),
        B, List.of(), List.of(), List.of(quote), List.of());
  }

  private Path writeToolTables() throws Exception {
    Path tables = dir.resolve("tool");
    try (ResultWriter w = new ResultWriter(tables, true)) {
      w.add(first());
      w.add(second());
      w.commit(List.of());
    }
    return tables;
  }

  @Test
  void theToolsTablesPassTheGoldCheck() throws Exception {
    assertEquals(List.of(), new GoldValidator(Map.of("a", A, "b", B)).validate(writeToolTables()));
  }

  @Test
  void theToolsTablesScoredAgainstThemselvesGiveOneEverywhere() throws Exception {
    Path tables = writeToolTables();
    Scorer.Report report = new Scoring(Map.of("a", A, "b", B))
        .run(tables, Map.of("self", tables), dir.resolve("scores"), true).get("self");
    assertFalse(report.scores().isEmpty());
    for (ScoreRow r : report.scores()) {
      String name = r.layer() + " " + r.metric() + " " + r.type();
      assertEquals(0, r.counts().fp() + r.counts().fn(), name);
      for (var ratio : List.of(r.precision(), r.recall(), r.f1())) {
        assertTrue(ratio.isEmpty() || ratio.getAsDouble() == 1.0, name);
      }
    }
    assertEquals(List.of(), report.errors());
  }

  @Test
  void aZoneOnADateWithoutAClockTimeAndAFreeWordAreStillRejected() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("dates.csv"), "doc_id,start,end,text,type,value\r\n"
        + "a,46,59,9:42 p.m. PDT,TIME,2021-08-03-0800\r\na,61,70,some time,DURATION,some\r\n");
    List<String> problems = new GoldValidator(Map.of("a", A)).validate(gold);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).endsWith("'2021-08-03-0800' is not a TIMEX3 value"), problems.get(0));
  }
}
