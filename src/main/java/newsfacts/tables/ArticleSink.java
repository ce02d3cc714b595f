package newsfacts.tables;

import java.io.IOException;
import java.util.List;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;

/**
 * One output of a run (the CSV tables, and any other format): it receives the results article by
 * article, in doc_id order and from one thread at a time, and writes into the run's staging folder,
 * so its files join the table set that replaces the previous one as a unit ({@link StagedTables}).
 */
public interface ArticleSink extends AutoCloseable {
  /** Adds one article; a runtime exception fails that article alone, an I/O failure the run. */
  void add(ArticleResult result);

  /** Called once every article is added: finishes the files. */
  void commit(List<Failure> failures) throws IOException;

  /** Deletes what was not committed. */
  @Override
  void close() throws IOException;
}
