package newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.app.BatchRunner;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The driver's merge: results to the sinks in order, failures as rows, a doc_id taken twice refused. */
class SparkJobMergeTest {
  private static Tuple2<String, byte[]> ok(String file) {
    return new Tuple2<>(file, ResultCodec.encode(new BatchRunner.Outcome("a1", file, ResultCodecTest.invented(), null)));
  }

  private static Tuple2<String, byte[]> failed(String id) {
    Failure f = new Failure(id, id + ".txt", "read", "empty file (0 bytes)");
    return new Tuple2<>(id + ".txt", ResultCodec.encode(new BatchRunner.Outcome(id, id + ".txt", null, f)));
  }

  @Test
  void resultsInOrderFailuresAsRowsDuplicatesRefused() {
    List<ArticleResult> written = new ArrayList<>();
    SparkJob.Merged merged = SparkJob.merge(List.of(ok("a1.txt"), failed("b2"), ok("a1.TXT")).iterator(),
        Set.of("a1"), written::add);
    assertEquals(3, merged.articles());
    assertEquals(1, written.size());
    assertEquals(List.of(new Failure("b2", "b2.txt", "read", "empty file (0 bytes)"),
        new Failure("a1", "a1.TXT", "read", "doc_id 'a1' is already taken by a1.txt")), merged.failures());
    assertEquals(Map.of("a1", ResultCodecTest.invented().text()), merged.goldTexts());
  }

  @Test
  void aSinkRejectingAnArticleFailsItAtWrite() {
    SparkJob.Merged merged = SparkJob.merge(List.of(ok("a1.txt")).iterator(), Set.of(), r -> {
      throw new IllegalArgumentException("cell too long");
    });
    assertEquals(List.of(new Failure("a1", "a1.txt", "write", "IllegalArgumentException: cell too long")), merged.failures());
  }

  @Test
  void onlyVisibleTxtFilesAreArticles() {
    assertEquals("a.txt", ArticleTasks.fileName("hdfs://host:8020/news/2020/a.txt"));
    assertEquals(List.of(true, true, false, false), List.of(ArticleTasks.isArticle("file:/x/a.txt"),
        ArticleTasks.isArticle("s3a://b/B.TXT"), ArticleTasks.isArticle("/x/.a.txt"), ArticleTasks.isArticle("/x/a.csv")));
  }
}
