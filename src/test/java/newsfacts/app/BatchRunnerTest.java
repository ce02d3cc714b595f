package newsfacts.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.FakeAnnotator;
import newsfacts.model.Article;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.model.Layer;
import newsfacts.extract.Document;
import newsfacts.extract.Extractor;
import newsfacts.extract.Lexicon;
import newsfacts.extract.Step;
import newsfacts.extract.Steps;
import newsfacts.ingest.Manifest;
import newsfacts.ingest.pubdate.PublicationDates;
import org.junit.jupiter.api.Test;

/** One bad article never stops the batch: it becomes a failure with its stage, the others go on in order. */
class BatchRunnerTest {
  private static Article article(String id, String text) {
    return new Article(id, Path.of("articles", id + ".txt"), text);
  }

  private static final List<Article> ARTICLES =
      List.of(
          article("a", "Astana Summit opens\nLeaders met in 2012.\n"),
          article("b", "This one makes the annotator CRASH.\n"),
          article("c", "This one makes a step FAIL.\n"),
          article("d", "Beijing Talks end\n"));

  private static final Lexicon LEXICON = Lexicon.load();

  /** The standard steps with, after the entities, one that throws on an article containing "FAIL". */
  private static ArticleProcessor processor(Annotator annotator) {
    List<Step> steps = new ArrayList<>(Steps.standard(LEXICON));
    steps.add(1, new FailingStep());
    return new ArticleProcessor(new PublicationDates(Manifest.empty()), annotator, new Extractor(steps));
  }

  private static final class FailingStep implements Step {
    @Override
    public String name() {
      return "failing";
    }

    @Override
    public Set<Layer> needs() {
      return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer> adds() {
      return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Document apply(Document document) {
      if (document.text().contains("FAIL")) {
        throw new IllegalStateException("step failed on purpose");
      }
      return document;
    }
  }

  private static List<String> ids(List<ArticleResult> results) {
    return results.stream().map(r -> r.document().docId()).toList();
  }

  @Test
  void failuresAreRecordedWithTheirStageAndTheBatchGoesOn() {
    List<ArticleResult> results = new ArrayList<>();
    List<Failure> failures =
        new BatchRunner(processor(new FakeAnnotator()), 2).run(ARTICLES, results::add, (n, t, id) -> {});
    assertEquals(List.of("a", "d"), ids(results));
    assertEquals(
        List.of(
            new Failure("b", "b.txt", "annotate", "IllegalStateException: fake annotator failure"),
            new Failure("c", "c.txt", "extract", "IllegalStateException: step failed on purpose")),
        failures);
  }

  @Test
  void runningOutOfMemoryOnOneArticleIsAFailureNotACrash() {
    Annotator greedy =
        article -> {
          if (article.id().equals("b")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return new FakeAnnotator().annotate(article);
        };
    List<ArticleResult> results = new ArrayList<>();
    List<Article> articles = List.of(ARTICLES.get(0), article("b", "Long text."), ARTICLES.get(3));
    List<Failure> failures = new BatchRunner(processor(greedy), 1).run(articles, results::add, (n, t, id) -> {});
    assertEquals(List.of("a", "d"), ids(results));
    assertEquals(
        List.of(new Failure("b", "b.txt", "annotate",
            "out of memory on an article of 10 characters: give Java more heap (JAVA_OPTS=-Xmx...) or lower"
                + " --threads or --max-bytes")),
        failures);
  }

  @Test
  void sinkRejectingOneArticleFailsItAtStageWrite() {
    List<ArticleResult> results = new ArrayList<>();
    List<Article> articles = List.of(ARTICLES.get(0), ARTICLES.get(3));
    List<Failure> failures =
        new BatchRunner(processor(new FakeAnnotator()), 2)
            .run(
                articles,
                r -> {
                  if (r.document().docId().equals("a")) {
                    throw new IllegalArgumentException("cannot write this one");
                  }
                  results.add(r);
                },
                (n, t, id) -> {});
    assertEquals(List.of("d"), ids(results));
    assertEquals(List.of(new Failure("a", "a.txt", "write", "IllegalArgumentException: cannot write this one")),
        failures);
  }

  @Test
  void progressCountsEveryArticleInInputOrder() {
    List<String> seen = new ArrayList<>();
    new BatchRunner(processor(new FakeAnnotator()), 2)
        .run(ARTICLES, r -> {}, (n, total, id) -> seen.add(n + "/" + total + " " + id));
    assertEquals(List.of("1/4 a", "2/4 b", "3/4 c", "4/4 d"), seen);
  }

  @Test
  void articlesInFlightStayWithinTheCharacterBudgetAndALongerOneRunsAlone() {
    java.util.concurrent.atomic.AtomicLong running = new java.util.concurrent.atomic.AtomicLong();
    java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Annotator measuring =
        article -> {
          long now = running.addAndGet(article.text().length());
          seen.add(now);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.addAndGet(-article.text().length());
          return new FakeAnnotator().annotate(article);
        };
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(article("s" + i, "Short article number " + i + ".\n")); // 24 characters each
    }
    articles.add(3, article("long", "A long article. ".repeat(10))); // 160 characters, over the budget
    List<ArticleResult> results = new ArrayList<>();
    List<Failure> failures =
        new BatchRunner(processor(measuring), 4, 50).run(articles, results::add, (n, t, id) -> {});
    assertEquals(List.of(), failures);
    assertEquals(List.of("s0", "s1", "s2", "long", "s3", "s4", "s5"), ids(results));
    // The long article ran alone (160); short ones at most two at a time (24 characters each).
    assertEquals(java.util.Set.of(), seen.stream().filter(n -> n != 24 && n != 48 && n != 160).collect(
        java.util.stream.Collectors.toSet()));
    assertTrue(seen.contains(160L));
  }
}
