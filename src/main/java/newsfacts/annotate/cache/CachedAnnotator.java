package newsfacts.annotate.cache;

import java.util.function.Supplier;
import newsfacts.annotate.Annotator;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;

/**
 * An annotator that reads what it annotated before from a cache and loads the real annotator
 * (its models) only on the first miss, so a run over cached articles loads no model.
 */
public final class CachedAnnotator implements Annotator {
  private final AnnotationCache cache;
  private final Supplier<Annotator> loader;
  private volatile Annotator loaded;

  public CachedAnnotator(AnnotationCache cache, Supplier<Annotator> loader) {
    this.cache = cache;
    this.loader = loader;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    return cache.read(article).orElseGet(() -> {
      AnnotatedArticle annotated = annotator().annotate(article);
      cache.write(annotated);
      return annotated;
    });
  }

  /** Whether the real annotator was needed (some article missed the cache). */
  public boolean loadedModels() {
    return loaded != null;
  }

  private Annotator annotator() {
    Annotator current = loaded;
    if (current == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = loader.get();
        }
        current = loaded;
      }
    }
    return current;
  }
}
