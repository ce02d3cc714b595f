package newsfacts.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.DocDate;
import org.junit.jupiter.api.Test;

class YearForMonthDatesTest {
  private final List<String> seen = new ArrayList<>();
  private final Annotator recording = article -> {
    seen.add(article.date().value());
    return new FakeAnnotator().annotate(article);
  };

  private AnnotatedArticle annotate(String date) {
    Article article = new Article("a", Path.of("a.txt"), "The harbour board met in 2031.", new DocDate(date, "Published: " + date));
    return new YearForMonthDates(recording).annotate(article);
  }

  @Test
  void aMonthOnlyDateReachesTheAnnotatorAsItsYearAndTheArticleKeepsIt() {
    AnnotatedArticle annotated = annotate("2031-03");
    assertEquals(List.of("2031"), seen);
    assertEquals("2031-03", annotated.article().date().value());
    assertEquals(1, annotated.timexes().size());
  }

  @Test
  void fullDatesAndYearsPassUnchanged() {
    annotate("2031-03-09");
    annotate("2031");
    assertEquals(List.of("2031-03-09", "2031"), seen);
  }
}
