package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Timex;

/**
 * What "a year earlier" is compared with in an earnings sentence. After a quarter was named it is
 * that quarter a year before, unless its own sentence reports on several quarters at once ("For
 * the nine months, profit rose to $9 million from $7 million a year earlier"): then the year
 * before, as TimeBank values it. "the year-ago quarter" names its own granularity and stays.
 */
final class ComparedSpans {
  private final List<String> multiQuarterSpans;

  ComparedSpans(DateWords words) {
    this.multiQuarterSpans = words.multiQuarterSpans();
  }

  boolean coversSeveralQuarters(AnnotatedArticle doc, Timex t) {
    if (t.text().toLowerCase(Locale.ROOT).matches(".*\\b(quarter|period)\\b.*")) {
      return false;
    }
    String sentence = " " + doc.sentences().get(t.sentence()).span().of(doc.text())
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    return multiQuarterSpans.stream().anyMatch(span -> sentence.contains(" " + span + " "));
  }
}
