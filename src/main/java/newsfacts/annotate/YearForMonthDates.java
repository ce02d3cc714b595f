package newsfacts.annotate;

import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.DocDate;

/**
 * SUTime cannot take a publication date of a month alone ("2031-03"): it then drops or cuts
 * expressions ("forty years" lost, "April 2032" valued 2032). The annotator it wraps gets the
 * year; the annotated article keeps its month, by which the dates step anchors month-relative
 * expressions ("last month"). Other dates pass through unchanged.
 */
public final class YearForMonthDates implements Annotator {
  private static final int YEAR_MONTH_LENGTH = "2031-03".length();
  private final Annotator annotator;

  public YearForMonthDates(Annotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    DocDate date = article.date();
    if (!date.isKnown() || date.value().length() != YEAR_MONTH_LENGTH) {
      return annotator.annotate(article);
    }
    AnnotatedArticle annotated = annotator.annotate(article.withDate(new DocDate(date.value().substring(0, 4), date.evidence())));
    return new AnnotatedArticle(article, annotated.sentences(), annotated.nerMentions(), annotated.timexes(), annotated.corefChains());
  }
}
