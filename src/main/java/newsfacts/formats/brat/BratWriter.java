package newsfacts.formats.brat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.tables.ArticleRows;
import newsfacts.tables.ArticleSink;
import newsfacts.tables.StagedTables;
import newsfacts.tables.TableWriter;

/**
 * brat/: for each article {@code <doc_id>.txt} (the article's bytes: its decoded text encoded
 * again as UTF-8, byte-order mark and CRs included) and {@code <doc_id>.ann}, plus
 * annotation.conf, visual.conf and documents.csv (the documents table: brat has no place for
 * the publication date), which {@code import --from brat} reads back.
 */
public final class BratWriter implements ArticleSink {
  public static final String FOLDER = "brat";
  static final String DOCUMENTS = "documents.csv";

  private final Path folder;
  private final TableWriter documents;

  public BratWriter(Path staging) throws IOException {
    this.folder = StagedTables.createFolder(staging.resolve(FOLDER));
    this.documents = new TableWriter(folder.resolve(DOCUMENTS), ArticleRows.header(DOCUMENTS), false);
  }

  @Override
  public void add(ArticleResult result) {
    String id = result.document().docId();
    // Everything is built before anything is written: an article that fails leaves no files.
    String ann = BratAnnotations.of(result);
    List<Object> document = ArticleRows.of(result).get(DOCUMENTS).get(0);
    try {
      Files.write(folder.resolve(id + ".txt"), result.text().getBytes(StandardCharsets.UTF_8));
      Files.writeString(folder.resolve(id + ".ann"), ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + folder.resolve(id + ".ann"), e);
    }
    documents.row(document);
  }

  @Override
  public void commit(List<Failure> failures) throws IOException {
    Files.writeString(folder.resolve("annotation.conf"), BratScheme.annotationConf(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("visual.conf"), BratScheme.visualConf(), StandardCharsets.UTF_8);
    documents.commit();
  }

  /** The folder lives in the staging folder, which a run that does not commit deletes whole. */
  @Override
  public void close() throws IOException {
    documents.close();
  }
}
