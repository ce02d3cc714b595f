package newsfacts.extract;

import newsfacts.extract.dates.DateExtractor;
import newsfacts.extract.entities.EntityExtractor;
import newsfacts.extract.entities.EntityLinker;
import newsfacts.extract.quotes.QuoteExtractor;
import newsfacts.extract.relations.RelationExtractor;
import newsfacts.ingest.Titles;
import java.util.List;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;

/** Our own logic over the annotator's records: entities, dates, quotes and relations of one article. */
public final class Extractor {
  private final EntityExtractor entityExtractor = new EntityExtractor();
  private final EntityLinker linker = new EntityLinker();
  private final DateExtractor dateExtractor = new DateExtractor();
  private final QuoteExtractor quoteExtractor = new QuoteExtractor(Lexicon.load());
  private final RelationExtractor relationExtractor;
  private final StageTimes times = new StageTimes();

  /** @param demonyms nationality adjectives to places, for "Russian Foreign Minister X" */
  public Extractor(java.util.Map<String, String> demonyms) {
    this.relationExtractor = new RelationExtractor(demonyms);
  }

  public ArticleResult extract(AnnotatedArticle doc) {
    long start = System.nanoTime();
    List<EntityMention> entities = linker.link(doc.text(), entityExtractor.extract(doc));
    start = times.add("entities", start);
    List<Timex> dates = dateExtractor.extract(doc, entities);
    start = times.add("dates", start);
    List<Quote> quotes = quoteExtractor.extract(doc, entities);
    start = times.add("quotes", start);
    List<Relation> relations = relationExtractor.extract(doc, entities, dates);
    times.add("relations", start);
    DocumentInfo info =
        new DocumentInfo(
            doc.article().id(),
            doc.article().file().getFileName().toString(),
            Titles.title(doc.text()),
            doc.docDate(),
            doc.sentences().size(),
            doc.tokenCount());
    return new ArticleResult(info, doc.text(), entities, dates, quotes, relations);
  }

  /** Seconds spent in each of our extraction steps so far, summed over threads. */
  public java.util.Map<String, Double> stepSeconds() {
    return times.seconds();
  }
}
