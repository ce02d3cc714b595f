package newsfacts.cli;

import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.YearForMonthDates;
import newsfacts.annotate.cache.AnnotationCache;
import newsfacts.annotate.cache.CachedAnnotator;
import newsfacts.annotate.corenlp.AnnotatorFingerprint;

/**
 * The --annotation-cache option of the commands that annotate: CoreNLP behind the cache, or alone;
 * either way behind {@link YearForMonthDates}, so a month-only date reaches SUTime (and the cache key) as its year.
 */
final class CachingAnnotators {
  private CachingAnnotators() {}

  /**
   * @param folder the cache folder, or null for no cache
   * @param corenlp the settings the annotator is built with (part of the cache key)
   * @param load builds the CoreNLP annotator; with a cache, only on the first miss
   */
  static Supplier<Annotator> around(Path folder, Properties corenlp, Supplier<Annotator> load) {
    if (folder == null) {
      return () -> new YearForMonthDates(load.get());
    }
    return () -> new YearForMonthDates(new CachedAnnotator(new AnnotationCache(folder, AnnotatorFingerprint.of(corenlp)), load));
  }
}
