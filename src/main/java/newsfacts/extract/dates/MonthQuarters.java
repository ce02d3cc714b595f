package newsfacts.extract.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * A quarter named by the month that closes it, as Australian, New Zealand and some British
 * accounts write them: "the December quarter" is the fourth quarter of that December's year,
 * "the March quarter" the first. Only the four closing months name a quarter; "the May quarter"
 * stays the month.
 */
final class MonthQuarters {
  private static final Pattern CLOSING_MONTH = Pattern.compile("(\\d{4})-(03|06|09|12)");
  private static final Pattern QUARTER_AFTER = Pattern.compile("^\\s+quarter\\b");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

  private MonthQuarters() {
  }

  static Timex read(String text, Timex t) {
    Matcher month = CLOSING_MONTH.matcher(t.value());
    Matcher quarter = QUARTER_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12)));
    if (t.type() != TimexType.DATE || !month.matches() || !t.text().matches("\\p{L}+\\.?") || !quarter.find()) {
      return t;
    }
    String before = text.substring(Math.max(0, t.span().begin() - 6), t.span().begin());
    Matcher the = THE_BEFORE.matcher(before);
    int begin = the.find() ? t.span().begin() - before.length() + the.start() : t.span().begin();
    CharSpan span = new CharSpan(begin, t.span().end() + quarter.end());
    String value = month.group(1) + "-Q" + Integer.parseInt(month.group(2)) / 3;
    return new Timex(span, span.of(text), TimexType.DATE, value, t.sentence());
  }
}
