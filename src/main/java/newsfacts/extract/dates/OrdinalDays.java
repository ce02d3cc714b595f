package newsfacts.extract.dates;

import static newsfacts.extract.dates.DependencyWalk.headToken;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
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
 * "the controversy clouded the third day of the fair"). So with a week, month or year ("the war, now in
 * its fourth year": the annotator gave the year three years ahead).
 */
final class OrdinalDays {
  /**
   * "the second day", "44th day", "the fifth straight day", "its fourth year": an ordinal, at most one
   * adjective, and a day, week, month or year (group 5).
   */
  private static final Pattern ORDINAL_DAY = Pattern.compile(
      "(?i)(the\\s+|its\\s+|their\\s+)?(first|second|third|\\p{L}+th|\\d+(st|nd|rd|th))\\s+(\\p{L}+\\s+)?(day|week|month|year)");
  private static final Pattern PRESENT_BE = Pattern.compile("VB[ZP]");

  private OrdinalDays() {
  }

  static Timex read(AnnotatedArticle doc, Timex t) {
    Matcher m = ORDINAL_DAY.matcher(t.text().strip());
    if (t.type() != TimexType.DATE || !m.matches() || t.value().isEmpty()) {
      return t;
    }
    Sentence sentence = doc.sentences().get(t.sentence());
    boolean today = isPresentPredicate(sentence, headToken(sentence, t.span())) && doc.docDate().isFullDate();
    return t.withValue(today ? current(doc.docDate().value(), m.group(5).toLowerCase(Locale.ROOT)) : "");
  }

  /** The publication day, its week, month or year. */
  private static String current(String day, String unit) {
    return switch (unit) {
      case "year" -> day.substring(0, 4);
      case "month" -> day.substring(0, 7);
      case "week" -> {
        LocalDate d = LocalDate.parse(day);
        yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      default -> day;
    };
  }

  /** "is" or "'s" as the copula of the day noun. */
  private static boolean isPresentPredicate(Sentence sentence, int head) {
    return head >= 0 && sentence.dependencies().stream().anyMatch(d -> d.governor() == head && d.relation().equals("cop")
        && PRESENT_BE.matcher(sentence.tokens().get(d.dependent()).pos()).matches());
  }
}
