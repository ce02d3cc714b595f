package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsfacts.tables.SpreadsheetSafety;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed run's report (the committed output/, which CommittedOutputIT keeps equal to a fresh
 * run) as a real browser renders it: headless Chromium from Debian loads each page from the file
 * system, runs its script, and the test reads the DOM it dumps. Every entity of entities.csv must
 * be marked at its offsets with its type, every error of errors.csv listed (and marked in the
 * text where it has offsets); screenshots of an article and of the index go to target/.
 * Skipped where no Chromium is installed (.ci/run installs it).
 */
class ReportInChromiumIT {
  static final Path OUTPUT = Path.of("output");
  static final Path REPORT = OUTPUT.resolve("report");
  static final Path SHOTS = Path.of("target", "report-screenshots");
  static final Map<String, Document> DOMS = new LinkedHashMap<>();
  static Optional<String> browser = Optional.empty();

  @BeforeAll
  static void renderEveryPage() throws Exception {
    browser = Stream.of("chromium", "chromium-browser").filter(ReportInChromiumIT::onPath).findFirst();
    assumeTrue(browser.isPresent(), "no chromium on this machine");
    Files.createDirectories(SHOTS);
    Map<String, Path> pages = new LinkedHashMap<>();
    pages.put("index", REPORT.resolve("index.html"));
    try (Stream<Path> files = Files.list(REPORT.resolve("articles"))) {
      files.sorted().forEach(f -> pages.put(f.getFileName().toString().replaceAll("\\.html$", ""), f));
    }
    // All pages at once: each Chromium mostly waits on its own start-up.
    Map<String, Process> running = new LinkedHashMap<>();
    Map<String, Path> dumps = new LinkedHashMap<>();
    for (Map.Entry<String, Path> page : pages.entrySet()) {
      Path dump = SHOTS.resolve(page.getKey() + ".dom.html");
      dumps.put(page.getKey(), dump);
      running.put(page.getKey(), chromium(page.getValue(), "--dump-dom", dump));
    }
    String article = pages.keySet().stream().filter(k -> !k.equals("index")).findFirst().orElseThrow();
    running.put("shot-article", chromium(pages.get(article), "--screenshot=" + SHOTS.resolve("article.png").toAbsolutePath(), null));
    running.put("shot-index", chromium(pages.get("index"), "--screenshot=" + SHOTS.resolve("index.png").toAbsolutePath(), null));
    for (Map.Entry<String, Process> p : running.entrySet()) {
      assertTrue(p.getValue().waitFor(180, TimeUnit.SECONDS), "chromium did not finish " + p.getKey());
      assertEquals(0, p.getValue().exitValue(), "chromium failed on " + p.getKey());
    }
    for (Map.Entry<String, Path> dump : dumps.entrySet()) {
      DOMS.put(dump.getKey(), Jsoup.parse(Files.readString(dump.getValue(), StandardCharsets.UTF_8)));
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  private static Process chromium(Path page, String action, Path dump) throws Exception {
    Path profile = Files.createTempDirectory("newsfacts-chromium");
    List<String> command = new ArrayList<>(List.of(browser.get(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--hide-scrollbars", "--window-size=1400,1000", "--user-data-dir=" + profile, action,
        page.toAbsolutePath().toUri().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectOutput(dump != null ? ProcessBuilder.Redirect.to(dump.toFile()) : ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static Document page(String docId) {
    Document dom = DOMS.get(docId);
    assertNotNull(dom, "no page for " + docId);
    return dom;
  }

  @Test
  void everyEntityIsHighlightedAtItsOffsetsWithItsType() throws Exception {
    int checked = 0;
    for (CSVRecord row : ReportSinkTest.readCsv(OUTPUT.resolve("entities.csv"))) {
      Document dom = page(row.get("doc_id"));
      String selector = "#text .ent.t-" + row.get("type") + "[data-start=" + row.get("start") + "][data-end="
          + row.get("end") + "]";
      StringBuilder text = new StringBuilder();
      dom.select(selector).forEach(e -> text.append(e.wholeText()));
      assertEquals(SpreadsheetSafety.restore(row.get("text")), text.toString(), row.get("doc_id") + " " + selector);
      checked++;
    }
    assertTrue(checked > 100, "the seed run has entities");
  }

  @Test
  void everyErrorOfErrorsCsvIsShown() throws Exception {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (CSVRecord r : ReportSinkTest.readCsv(OUTPUT.resolve("errors.csv"))) {
      if (r.get("system").equals("newsfacts")) {
        expected.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(String.join("|", r.get("layer"),
            r.get("error"), r.get("start"), r.get("end"), SpreadsheetSafety.restore(r.get("text"))));
      }
    }
    assertFalse(expected.isEmpty(), "the seed run has errors");
    for (Map.Entry<String, List<String>> doc : expected.entrySet()) {
      Document dom = page(doc.getKey());
      List<String> shown = new ArrayList<>();
      for (Element li : dom.select("li.error")) {
        shown.add(String.join("|", li.attr("data-layer"), li.attr("data-kind"), li.attr("data-start"),
            li.attr("data-end"), li.selectFirst(".etext").wholeText()));
        if (li.hasAttr("data-mark")) {
          assertNotNull(dom.getElementById(li.attr("data-mark")), "the error's mark in the text");
        }
      }
      assertEquals(doc.getValue(), shown, doc.getKey());
    }
  }

  @Test
  void indexRanItsScriptAndLinksEveryArticle() {
    Document index = page("index");
    int articles = DOMS.size() - 1;
    assertEquals(articles + " of " + articles + " shown", index.getElementById("shown").text(), "the script ran");
    assertEquals(articles, index.select("#articles tbody a[href^=articles/]").size());
    assertFalse(index.select("svg g.ci").isEmpty(), "score charts with intervals");
    assertTrue(SHOTS.resolve("article.png").toFile().length() > 10_000, "article screenshot");
    assertTrue(SHOTS.resolve("index.png").toFile().length() > 10_000, "index screenshot");
  }
}
