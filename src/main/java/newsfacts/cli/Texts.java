package newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import newsfacts.model.Article;
import newsfacts.ingest.ArticleReader;
import newsfacts.ingest.ReadResult;
import newsfacts.config.Settings;

/** Article texts by doc_id, for validating and scoring tables. */
public final class Texts {
  private Texts() {}

  static Map<String, String> load(Path folder, PrintWriter err) throws IOException {
    ReadResult read = new ArticleReader(Settings.DEFAULT_MAX_BYTES * 50).readFolder(folder);
    read.failures().forEach(f -> err.println("warning: " + f.file() + ": " + f.reason()));
    Map<String, String> texts = new TreeMap<>();
    for (Article a : read.articles()) {
      texts.put(a.id(), a.text());
    }
    return texts;
  }
}
