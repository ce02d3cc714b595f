package newsfacts.ingest.pubdate;

import newsfacts.ingest.Manifest;
import newsfacts.model.Article;

/** Gives each article its publication date: the manifest's when it has one, else the text's. */
public final class PublicationDates {
  private final DocDateFinder finder = new DocDateFinder();
  private final Manifest manifest;

  public PublicationDates(Manifest manifest) {
    this.manifest = manifest;
  }

  public Article dated(Article article) {
    return article.withDate(manifest.dateFor(article.id(), finder.find(article.text())));
  }
}
