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
import newsfacts.ingest.ArticleList;
import newsfacts.ingest.UnreadableArticleException;
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
    List<Job> jobs = new ArrayList<>();
    for (Article a : articles) {
      jobs.add(new Job(a.id(), a.file().getFileName().toString(), a.text().length(), () -> a));
    }
    return runJobs(jobs, sink, progress);
  }

  /**
   * Reads and runs every listed article; each is read by the worker that takes it, so only the
   * articles in flight are in memory. A file that cannot be read fails at stage "read".
   */
  public List<Failure> run(ArticleList articles, Consumer<ArticleResult> sink, Progress progress) {
    List<Job> jobs = new ArrayList<>();
    for (ArticleList.Entry e : articles.entries()) {
      jobs.add(new Job(e.docId(), e.fileName(), e.bytes(), () -> articles.reader().read(e.file())));
    }
    return runJobs(jobs, sink, progress);
  }

  /** An article to load and process; {@code size} bounds its length in characters (bytes do). */
  private record Job(String docId, String file, long size, Loader load) {}

  private interface Loader {
    Article load() throws UnreadableArticleException;
  }

  private List<Failure> runJobs(List<Job> jobs, Consumer<ArticleResult> sink, Progress progress) {
    List<Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, jobs.size())));
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      Deque<Long> sizes = new ArrayDeque<>();
      long inFlight = 0;
      int next = 0;
      int finished = 0;
      while (finished < jobs.size()) {
        while (next < jobs.size() && window.size() < 2L * threads
            && (window.isEmpty() || inFlight + jobs.get(next).size() <= charsInFlight)) {
          Job job = jobs.get(next++);
          window.add(pool.submit(() -> process(job)));
          sizes.add(job.size());
          inFlight += job.size();
        }
        Outcome outcome = await(window.removeFirst());
        inFlight -= sizes.removeFirst();
        Failure failure = outcome.result() != null ? deliver(outcome, sink) : outcome.failure();
        if (failure != null) {
          failures.add(failure);
        }
        finished++;
        progress.done(finished, jobs.size(), outcome.docId());
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  /** One article's result, or (result null) the failure recorded for it. */
  public record Outcome(String docId, String file, ArticleResult result, Failure failure) {}

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

  private Outcome process(Job job) {
    Article article;
    try {
      article = job.load().load();
    } catch (UnreadableArticleException e) {
      return new Outcome(job.docId(), job.file(), null, new Failure(job.docId(), job.file(), "read", e.getMessage()));
    }
    return process(article);
  }

  /** Processes one article as the batch does: a failure in a stage is returned, not thrown. */
  public Outcome process(Article article) {
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
