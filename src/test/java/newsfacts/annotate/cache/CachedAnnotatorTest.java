package newsfacts.annotate.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsfacts.annotate.Annotator;
import newsfacts.annotate.FakeAnnotator;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.CharSpan;
import newsfacts.model.CorefChain;
import newsfacts.model.DocDate;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedAnnotatorTest {
  private static final Article ARTICLE = new Article("a", Path.of("a.txt"),
      "Acme Widgets opened in 2019.\nThe Harbour Board said so on Tuesday.\n", new DocDate("2020-03-04", "manifest"));

  @TempDir Path folder;
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicInteger annotations = new AtomicInteger();

  private Annotator counting() {
    loads.incrementAndGet();
    Annotator fake = new FakeAnnotator();
    return article -> {
      annotations.incrementAndGet();
      AnnotatedArticle plain = fake.annotate(article);
      // Parses and coreference chains travel too, not only what the fake annotator fills.
      Sentence first = plain.sentences().get(0);
      Sentence parsed = new Sentence(first.index(), first.span(), first.tokens(), List.of(new Dependency(2, 1, "nsubj")));
      List<Sentence> sentences = new java.util.ArrayList<>(plain.sentences());
      sentences.set(0, parsed);
      return new AnnotatedArticle(article, sentences, plain.nerMentions(), plain.timexes(),
          List.of(new CorefChain(new CharSpan(0, 12), List.of(new CharSpan(0, 12), new CharSpan(29, 46)))));
    };
  }

  @Test
  void aSecondRunReadsTheSameAnnotationsWithoutLoadingTheAnnotator() {
    AnnotatedArticle first = new CachedAnnotator(new AnnotationCache(folder, "settings"), this::counting).annotate(ARTICLE);
    CachedAnnotator second = new CachedAnnotator(new AnnotationCache(folder, "settings"), this::counting);

    AnnotatedArticle again = second.annotate(ARTICLE);

    assertEquals(first, again);
    assertFalse(second.loadedModels());
    assertEquals(1, loads.get());
    assertEquals(1, annotations.get());
  }

  @Test
  void anotherDateTextOrAnnotatorIsAMiss() {
    AnnotationCache cache = new AnnotationCache(folder, "settings");
    Path file = cache.fileFor(ARTICLE);

    assertNotEquals(file, cache.fileFor(ARTICLE.withDate(new DocDate("2020-03-05", "manifest"))));
    assertNotEquals(file, cache.fileFor(new Article("a", ARTICLE.file(), ARTICLE.text() + " ", ARTICLE.date())));
    assertNotEquals(file, new AnnotationCache(folder, "other settings").fileFor(ARTICLE));
    assertEquals(file, cache.fileFor(new Article("renamed", Path.of("b.txt"), ARTICLE.text(), ARTICLE.date())));
  }

  @Test
  void anUnreadableFileIsAMissAndIsReplaced() throws IOException {
    AnnotationCache cache = new AnnotationCache(folder, "settings");
    Files.writeString(cache.fileFor(ARTICLE), "not gzip");
    CachedAnnotator annotator = new CachedAnnotator(cache, this::counting);

    AnnotatedArticle annotated = annotator.annotate(ARTICLE);

    assertTrue(annotator.loadedModels());
    assertEquals(annotated, cache.read(ARTICLE).orElseThrow());
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count(), "no partial file is left behind");
    }
  }
}
