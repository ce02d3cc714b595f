package newsfacts.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsfacts.eval.Scorer;
import newsfacts.model.AnnotationSet;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.model.TableLayer;
import newsfacts.tables.ArticleSink;
import newsfacts.tables.ReadBack;
import newsfacts.tables.StagedTables;
import newsfacts.tables.TableFormatException;
import newsfacts.tables.TableSet;

/**
 * The HTML review (folder {@value #FOLDER} of the run's output): one page per article, written as
 * the article arrives, with its errors against the gold when the gold covers it, scored on its own
 * by the same scorer as errors.csv; the index is written by {@link ReportIndex} once the run is scored.
 */
public final class ReportSink implements ArticleSink {
  public static final String FOLDER = "report";
  static final String ARTICLES = "articles";
  static final String FAILED = ".failed.txt";
  static final List<String> ASSETS = List.of("report.css", "report.js");
  /** The layers whose headline F1 the index lists per article, in column order. */
  static final List<TableLayer> SCORED = List.of(TableLayer.ENTITIES, TableLayer.DATES, TableLayer.QUOTES,
      TableLayer.RELATIONS);

  private final Path folder;
  private final Optional<AnnotationSet> gold;
  private final Set<String> goldArticles;
  private final boolean neutralise;
  private final IndexRows rows;

  private ReportSink(Path folder, Optional<AnnotationSet> gold, boolean neutralise) throws IOException {
    this.folder = folder;
    this.gold = gold;
    this.goldArticles = gold.map(Scorer::documentsOf).orElse(Set.of());
    this.neutralise = neutralise;
    StagedTables.createFolder(StagedTables.createFolder(folder).resolve(ARTICLES));
    this.rows = new IndexRows(folder);
  }

  /**
   * Starts the report in {@code staging}. Gold that does not load leaves the pages without errors
   * (the run's scoring then reports why).
   *
   * @param neutralise whether the tables carry the spreadsheet guard (what errors.csv was scored on)
   */
  public static ReportSink open(Path staging, Optional<Path> goldFolder, boolean neutralise) throws IOException {
    Optional<AnnotationSet> gold = Optional.empty();
    if (goldFolder.isPresent()) {
      try {
        gold = Optional.of(TableSet.load(goldFolder.get()));
      } catch (TableFormatException e) {
        gold = Optional.empty();
      }
    }
    return new ReportSink(staging.resolve(FOLDER), gold, neutralise);
  }

  @Override
  public void add(ArticleResult result) {
    String id = result.document().docId();
    Optional<Scorer.ArticleScore> score = gold.filter(g -> goldArticles.contains(id))
        .map(g -> Scorer.scoreArticle(g.layers(), g.document(id), ReadBack.of(result, neutralise)));
    ArticlePage page = ArticlePages.build(result, score);
    try {
      Templates.render("report/article.jte", Map.of("page", page, "css", "../report.css", "script", "../report.js"),
          folder.resolve(ARTICLES).resolve(id + ".html"));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the report page of " + id, e);
    }
    List<String> f1 = new ArrayList<>();
    if (gold.isPresent()) {
      for (TableLayer layer : SCORED) {
        f1.add(score.map(s -> s.headline().get(layer.label())).map(c -> ArticlePages.ratio(c.f1())).orElse(""));
      }
    }
    rows.add(id, result.document().title(), page.counts().stream().map(ArticlePage.Count::items).toList(),
        score.map(s -> s.errors().size()).orElse(0), f1);
  }

  /** Finishes the rows and copies the style sheet and script beside the pages. */
  @Override
  public void commit(List<Failure> failures) throws IOException {
    rows.close();
    Files.write(folder.resolve(FAILED), failures.stream().map(Failure::docId).sorted().distinct().toList());
    for (String asset : ASSETS) {
      try (InputStream in = ReportSink.class.getResourceAsStream("/newsfacts/report/" + asset)) {
        if (in == null) {
          throw new IOException("resource missing: " + asset);
        }
        Files.copy(in, folder.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The staging folder is removed whole when the run is not committed; only the open file is closed. */
  @Override
  public void close() throws IOException {
    rows.close();
  }
}
