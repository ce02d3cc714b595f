package newsfacts.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import newsfacts.annotate.Annotator;
import newsfacts.extract.Extractor;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocDate;
import newsfacts.model.Failure;
import newsfacts.read.DocDateFinder;
import newsfacts.read.Manifest;

/**
 * Processes articles in parallel and hands results on in input order, holding at most a few
 * articles in memory at once. A failure in one article is recorded and the batch goes on.
 */
public final class BatchRunner {
  /** Called after each article with (articles done, total). */
  public interface Progress {
    void done(int finished, int total, String docId);
  }

  private final Annotator annotator;
  private final Extractor extractor;
  private final DocDateFinder dateFinder = new DocDateFinder();
  private final Manifest manifest;
  private final int threads;
  private final java.util.concurrent.atomic.AtomicLong annotateNanos = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong extractNanos = new java.util.concurrent.atomic.AtomicLong();

  public BatchRunner(Annotator annotator, Manifest manifest, int threads) {
    this.annotator = annotator;
    this.extractor = new Extractor(annotator.demonyms());
    this.manifest = manifest;
    this.threads = threads;
  }

  /** Runs every article; results go to {@code sink} in input order; returns the failures. */
  public List<Failure> run(List<Article> articles, Consumer<ArticleResult> sink, Progress progress) {
    List<Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      int next = 0;
      int finished = 0;
      while (finished < articles.size()) {
        while (next < articles.size() && window.size() < threads * 2) {
          Article article = articles.get(next++);
          window.add(pool.submit(() -> process(article)));
        }
        Outcome outcome = await(window.removeFirst());
        if (outcome.result() != null) {
          sink.accept(outcome.result());
        } else {
          failures.add(outcome.failure());
        }
        finished++;
        progress.done(finished, articles.size(), outcome.docId());
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  /** Seconds spent annotating (CoreNLP) and extracting (our rules), summed over threads. */
  public double annotateSeconds() {
    return annotateNanos.get() / 1e9;
  }

  public double extractSeconds() {
    return extractNanos.get() / 1e9;
  }

  private record Outcome(String docId, ArticleResult result, Failure failure) {}

  Outcome process(Article article) {
    String stage = "annotate";
    try {
      DocDate date = manifest.dateFor(article.id(), dateFinder.find(article.text()));
      long start = System.nanoTime();
      AnnotatedArticle annotated = annotator.annotate(article, date);
      long annotatedAt = System.nanoTime();
      annotateNanos.addAndGet(annotatedAt - start);
      stage = "extract";
      ArticleResult result = extractor.extract(annotated);
      extractNanos.addAndGet(System.nanoTime() - annotatedAt);
      return new Outcome(article.id(), result, null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new Outcome(article.id(), null, new Failure(article.id(), article.file().toString(), stage, reason));
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("unexpected failure in a worker", e.getCause());
    }
  }
}
