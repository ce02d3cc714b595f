package newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Dates the annotator tagged without a value, read from what they write: "fiscal 1989" is the year
 * it names (1989); "its second this year", "a flat year this year" (a word glued to the phrase)
 * are "this year", the publication year moved by the phrase's offset ("last year" the year before).
 */
final class ValuelessDates {
  private static final Pattern ONE_YEAR = Pattern.compile("\\D*\\b((1[0-9]|20)\\d{2})\\b\\D*");
  /** A deictic word and "year" at the end: the phrase is group 1, the word group 2. */
  private static final Pattern TRAILING_YEAR = Pattern.compile("(?i).*?\\b(([a-z]+)\\s+year)$");
  private final DateWords words;

  ValuelessDates(DateWords words) {
    this.words = words;
  }

  Timex read(String text, Timex t, DocDate docDate) {
    if (t.type() != TimexType.DATE || !t.value().isEmpty()) {
      return t;
    }
    Matcher year = ONE_YEAR.matcher(t.text());
    if (year.matches()) {
      return t.withValue(year.group(1));
    }
    Matcher tail = TRAILING_YEAR.matcher(t.text());
    String offset = tail.matches() ? words.deicticOffsets().get(tail.group(2).toLowerCase(Locale.ROOT)) : null;
    if (offset == null || tail.start(1) == 0 || !docDate.value().matches("\\d{4}.*")) {
      return t;
    }
    int value = Integer.parseInt(docDate.value().substring(0, 4)) + Integer.parseInt(offset.replace("+", ""));
    CharSpan span = new CharSpan(t.span().begin() + tail.start(1), t.span().end());
    return new Timex(span, span.of(text), TimexType.DATE, String.valueOf(value), t.sentence());
  }
}
