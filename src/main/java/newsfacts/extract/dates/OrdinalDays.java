package newsfacts.extract.dates;

import static newsfacts.extract.dates.DependencyWalk.headToken;

import java.util.regex.Pattern;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A day counted from an event the text names: "the second day of the talks". The annotator reads
 * the ordinal as an offset from the publication date ("the eighth day" seven days ahead), a day the
 * text never speaks of. As the predicate of a present "be" it is the day the article is written
 * ("It is the second day of the strike"; TempEval-3 training data 2 of 2); anywhere else the day
 * the count starts from is not given and the expression keeps no value ("her second day in office",
 * "the controversy clouded the third day of the fair").
 */
final class OrdinalDays {
  /** "the second day", "44th day", "the fifth straight day": an ordinal, at most one adjective, and "day". */
  private static final Pattern ORDINAL_DAY = Pattern.compile(
      "(?i)(the\\s+)?(first|second|third|\\p{L}+th|\\d+(st|nd|rd|th))\\s+(\\p{L}+\\s+)?day");
  private static final Pattern PRESENT_BE = Pattern.compile("VB[ZP]");

  private OrdinalDays() {
  }

  static Timex read(AnnotatedArticle doc, Timex t) {
    if (t.type() != TimexType.DATE || !ORDINAL_DAY.matcher(t.text().strip()).matches() || t.value().isEmpty()) {
      return t;
    }
    Sentence sentence = doc.sentences().get(t.sentence());
    boolean today = isPresentPredicate(sentence, headToken(sentence, t.span())) && doc.docDate().isFullDate();
    return t.withValue(today ? doc.docDate().value() : "");
  }

  /** "is" or "'s" as the copula of the day noun. */
  private static boolean isPresentPredicate(Sentence sentence, int head) {
    return head >= 0 && sentence.dependencies().stream().anyMatch(d -> d.governor() == head && d.relation().equals("cop")
        && PRESENT_BE.matcher(sentence.tokens().get(d.dependent()).pos()).matches());
  }
}
