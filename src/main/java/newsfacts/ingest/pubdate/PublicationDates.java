package newsfacts.ingest.pubdate;

import java.util.Optional;
import newsfacts.ingest.CalendarDates;
import newsfacts.ingest.Manifest;
import newsfacts.model.Article;
import newsfacts.model.DocDate;

/**
 * Gives each article its publication date: the manifest's when it has one, else the text's.
 *
 * <p>Design decision: this is where a date that CoreNLP cannot take is stopped. Every date
 * handed on is empty or a calendar date of the form YYYY-MM-DD, YYYY-MM or YYYY ({@link
 * CalendarDates}); the manifest and the finder only make such dates, so a date that is not
 * one is a bug, thrown here (the article fails) rather than passed to the annotator.
 */
public final class PublicationDates {
  private final DocDateFinder finder = new DocDateFinder();
  private final Manifest manifest;

  public PublicationDates(Manifest manifest) {
    this.manifest = manifest;
  }

  public Article dated(Article article) {
    DocDate date = manifest.dateFor(article.id(), finder.find(article.text()));
    Optional<String> problem = date.isKnown() ? CalendarDates.problem(date.value()) : Optional.empty();
    if (problem.isPresent()) {
      throw new IllegalStateException("publication date of " + article.id() + ": " + problem.get());
    }
    return article.withDate(date);
  }
}
