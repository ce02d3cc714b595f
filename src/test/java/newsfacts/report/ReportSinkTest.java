package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsfacts.eval.report.Scoring;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.tables.CodePoints;
import newsfacts.tables.ResultWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invented article with markup, quotation marks, ampersands, right-to-left text and an emoji
 * goes through the report: it renders as text, marks sit at the tables' code point offsets, and
 * the page lists exactly the errors errors.csv lists for it.
 */
class ReportSinkTest {
  static final String TEXT = "Mara Lind 😀 said \"<script>alert('x')</script> & 'more' is fine\" on Monday.\n"
      + "שלום, wrote Tova Ben-Ari of Acme & Sons <b>today</b>.";

  @TempDir Path dir;

  static CharSpan span(String needle) {
    int at = TEXT.indexOf(needle);
    return new CharSpan(at, at + needle.length());
  }

  static EntityMention entity(String text, EntityType type) {
    return new EntityMention(span(text), text, type, Optional.empty(), 0, text);
  }

  static ArticleResult article(EntityType tovaType, String mondayValue, boolean withShalom) {
    List<EntityMention> entities = new ArrayList<>(List.of(entity("Mara Lind", EntityType.PERSON),
        entity("Tova Ben-Ari", tovaType), entity("Acme & Sons", EntityType.ORGANIZATION)));
    if (withShalom) {
      entities.add(1, entity("שלום", EntityType.MISC));
    }
    String content = "\"<script>alert('x')</script> & 'more' is fine\"";
    Quote quote = new Quote(span(content), content, QuoteKind.DIRECT, Optional.of(span("Mara Lind")), "Mara Lind",
        "Mara Lind", "said", 0);
    Timex monday = new Timex(span("Monday"), "Monday", TimexType.DATE, mondayValue, 0);
    Relation works = new Relation("Tova Ben-Ari", RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, "Acme & Sons",
        span("שלום, wrote Tova Ben-Ari of Acme & Sons <b>today</b>."), "test", 0.9);
    DocumentInfo info = new DocumentInfo("a&b", "a&b.txt", "Title <i>with</i> & \"marks\"",
        new DocDate("2024-05-07", "manifest"), 2, 30);
    return new ArticleResult(info, TEXT, entities, List.of(monday), List.of(quote), List.of(works));
  }

  static void write(Path folder, ArticleResult result) throws Exception {
    try (ResultWriter w = new ResultWriter(folder, true)) {
      w.add(result);
      w.commit(List.of());
    }
  }

  /** The run's order: tables and report per article, then scoring, then the index. */
  private Path run() throws Exception {
    Path gold = dir.resolve("gold");
    write(gold, article(EntityType.ORGANIZATION, "2024-05-06", true));
    Path staging = dir.resolve("staging");
    ArticleResult predicted = article(EntityType.PERSON, "2024-05-13", false);
    write(staging, predicted);
    try (ReportSink sink = ReportSink.open(staging, Optional.of(gold), true)) {
      sink.add(predicted);
      sink.commit(List.of());
    }
    new Scoring(Map.of("a&b", TEXT)).run(gold, Map.of("newsfacts", staging), staging, true);
    ReportIndex.write(staging);
    return staging.resolve("report");
  }

  @Test
  void articleTextRendersAsText() throws Exception {
    Path report = run();
    String html = Files.readString(report.resolve("articles/a&b.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>alert"), "markup in the article is escaped");
    assertFalse(html.contains("<b>today"), "markup in the article is escaped");
    Document page = Jsoup.parse(html);
    assertEquals(TEXT, page.getElementById("text").wholeText(), "the text shows exactly, emoji and RTL included");
    assertEquals(1, page.select("script").size(), "only the page's own script");
    assertEquals("Title <i>with</i> & \"marks\"", page.selectFirst("h1").text());
  }

  @Test
  void entitiesAreMarkedAtTheirCodePointOffsets() throws Exception {
    Document page = Jsoup.parse(run().resolve("articles/a&b.html").toFile(), "UTF-8");
    CodePoints points = CodePoints.of(TEXT);
    for (EntityMention e : article(EntityType.PERSON, "", false).entities()) {
      int start = points.toCodePoint(e.span().begin());
      String found = marked(page, "ent", start, points.toCodePoint(e.span().end()));
      assertEquals(e.text(), found, "entity at code point " + start);
    }
    assertEquals(TEXT.indexOf("Acme") - 1, Integer.parseInt(page.selectFirst("#text .ent.t-ORGANIZATION").attr("data-start")),
        "after the emoji, code points run one behind Java indices");
  }

  static String marked(Document page, String kind, int start, int end) {
    StringBuilder text = new StringBuilder();
    for (Element e : page.select("#text ." + kind + "[data-start=" + start + "][data-end=" + end + "]")) {
      text.append(e.wholeText());
    }
    return text.toString();
  }

  @Test
  void pageListsTheErrorsOfErrorsCsv() throws Exception {
    Path report = run();
    Document page = Jsoup.parse(report.resolve("articles/a&b.html").toFile(), "UTF-8");
    List<String> expected = new ArrayList<>();
    for (CSVRecord r : readCsv(report.getParent().resolve("errors.csv"))) {
      if (r.get("system").equals("newsfacts")) {
        expected.add(String.join("|", r.get("layer"), r.get("error"), r.get("start"), r.get("end"), r.get("text")));
      }
    }
    List<String> shown = new ArrayList<>();
    for (Element li : page.select("li.error")) {
      shown.add(String.join("|", li.attr("data-layer"), li.attr("data-kind"), li.attr("data-start"), li.attr("data-end"),
          li.selectFirst(".etext").wholeText()));
      if (!li.attr("data-mark").isEmpty()) {
        Element mark = page.getElementById(li.attr("data-mark"));
        assertEquals(li.selectFirst(".etext").wholeText(), marked(page, "err", Integer.parseInt(li.attr("data-start")),
            Integer.parseInt(li.attr("data-end"))), "the error's mark covers its text");
        assertTrue(mark.hasClass("k-" + li.attr("data-kind")));
      }
    }
    assertEquals(expected, shown);
    assertTrue(shown.stream().anyMatch(s -> s.startsWith("entities|missed|") && s.endsWith("|שלום")), shown.toString());
    assertTrue(shown.stream().anyMatch(s -> s.startsWith("dates|wrong_value|")), shown.toString());
    assertTrue(shown.stream().anyMatch(s -> s.startsWith("entities|wrong_type|")), shown.toString());
  }

  @Test
  void indexLinksEachArticleAndChartsTheScores() throws Exception {
    Path report = run();
    Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
    assertEquals("articles/a%26b.html", index.selectFirst("#articles tbody a").attr("href"));
    assertTrue(Files.exists(report.resolve("articles/a&b.html")));
    assertFalse(index.select("svg rect.m-f").isEmpty(), "F1 bars");
    assertFalse(index.select("svg g.ci").isEmpty(), "confidence intervals");
    assertEquals(List.of("report.css", "report.js", "articles", "index.html").stream().sorted().toList(),
        Files.list(report).map(p -> p.getFileName().toString()).sorted().toList(), "no working file is left behind");
  }

  static List<CSVRecord> readCsv(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      try (CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        return parser.getRecords();
      }
    }
  }
}
