package newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A weekday with "last" or "next" after it, as South Asian and older British papers write it ("the
 * minister said on Tuesday last", "will meet on Friday next"): the weekday before or after the
 * publication day, never that day itself. The annotator tags the weekday alone and reads it by tense.
 * The word is taken into the span only where a clause or sentence ends after it ("Tuesday last week"
 * is the annotator's own).
 */
final class PostposedWeekdays {
  private static final Pattern AFTER = Pattern.compile("^\\s+(last|next)(?=\\s*(?:[.,;:)]|$))");
  private final DateWords words;

  PostposedWeekdays(DateWords words) {
    this.words = words;
  }

  List<Timex> read(AnnotatedArticle doc, List<Timex> timexes) {
    if (!doc.docDate().isFullDate()) {
      return timexes;
    }
    LocalDate published = LocalDate.parse(doc.docDate().value());
    return timexes.stream().map(t -> read(doc.text(), published, t)).toList();
  }

  private Timex read(String text, LocalDate published, Timex t) {
    String name = t.text().toLowerCase(Locale.ROOT);
    int index = words.weekdayNames().indexOf(name);
    if (t.type() != TimexType.DATE || index < 0) {
      return t;
    }
    Matcher m = AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 8)));
    if (!m.find()) {
      return t;
    }
    DayOfWeek day = DayOfWeek.of(index + 1);
    LocalDate date = m.group(1).equals("last") ? published.with(TemporalAdjusters.previous(day))
        : published.with(TemporalAdjusters.next(day));
    CharSpan span = new CharSpan(t.span().begin(), t.span().end() + m.end());
    return new Timex(span, span.of(text), TimexType.DATE, date.toString(), t.sentence());
  }
}
