package newsfacts.app;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import newsfacts.config.Settings;
import newsfacts.model.Article;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;

/**
 * Processes articles in parallel and hands results on in input order, holding at most a few
 * results, and articles of a bounded total length, in memory at once. A failure in one article (an
 * exception, a stack overflow or running out of memory while processing it, or the sink rejecting
 * its rows) is recorded with its stage and the batch goes on; the failure's file is the file name,
 * as in documents.csv.
 */
public final class BatchRunner {
  /** Called after each article with (articles done, total). */
  public interface Progress {
    void done(int finished, int total, String docId);
  }

  private final ArticleProcessor processor;
  private final int threads;
  private final long charsInFlight;

  /** A runner whose articles in flight total at most {@link Settings#DEFAULT_MAX_BYTES} characters. */
  public BatchRunner(ArticleProcessor processor, int threads) {
    this(processor, threads, Settings.DEFAULT_MAX_BYTES);
  }

  /**
   * Design decision: annotation memory grows with the article, so the articles being processed
   * at once total at most {@code charsInFlight} characters; a longer article is processed alone.
   * Memory is then bounded by the longest article allowed, whatever the number of threads.
   */
  public BatchRunner(ArticleProcessor processor, int threads, long charsInFlight) {
    this.processor = processor;
    this.threads = threads;
    this.charsInFlight = charsInFlight;
  }

  /** Runs every article; results go to {@code sink} in input order; returns the failures. */
  public List<Failure> run(List<Article> articles, Consumer<ArticleResult> sink, Progress progress) {
    List<Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      Deque<Integer> lengths = new ArrayDeque<>();
      long inFlight = 0;
      int next = 0;
      int finished = 0;
      while (finished < articles.size()) {
        while (next < articles.size() && window.size() < threads * 2
            && (window.isEmpty() || inFlight + articles.get(next).text().length() <= charsInFlight)) {
          Article article = articles.get(next++);
          window.add(pool.submit(() -> process(article)));
          lengths.add(article.text().length());
          inFlight += article.text().length();
        }
        Outcome outcome = await(window.removeFirst());
        inFlight -= lengths.removeFirst();
        Failure failure = outcome.result() != null ? deliver(outcome, sink) : outcome.failure();
        if (failure != null) {
          failures.add(failure);
        }
        finished++;
        progress.done(finished, articles.size(), outcome.docId());
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  private record Outcome(String docId, String file, ArticleResult result, Failure failure) {}

  /**
   * Hands a result to the sink; a sink that rejects one article (a runtime exception) fails that
   * article at stage "write". An I/O failure of the tables themselves is not the article's
   * fault and stops the batch.
   */
  private static Failure deliver(Outcome outcome, Consumer<ArticleResult> sink) {
    try {
      sink.accept(outcome.result());
      return null;
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      return new Failure(outcome.docId(), outcome.file(), "write", reason(e));
    }
  }

  Outcome process(Article article) {
    String file = article.file().getFileName().toString();
    try {
      return new Outcome(article.id(), file, processor.process(article), null);
    } catch (StageFailure e) {
      return new Outcome(article.id(), file, null, new Failure(article.id(), file, e.stage(), reason(e.getCause(), article)));
    }
  }

  private static String reason(Throwable e, Article article) {
    if (e instanceof OutOfMemoryError) {
      return String.format(Locale.ROOT,
          "out of memory on an article of %d characters: give Java more heap (JAVA_OPTS=-Xmx...) or lower"
              + " --threads or --max-bytes", article.text().length());
    }
    return reason(e);
  }

  private static String reason(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
