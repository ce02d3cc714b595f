package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * "the first nine months of 2031" is two TIMEX3 in TimeML: the part, a duration ("the first nine
 * months", P9M), and the period it is part of, a date ("2031"; "the year" of the publication date).
 */
final class PartOfPeriod {
  private final Pattern part;
  private final DateWords words;

  PartOfPeriod(DateWords words) {
    this.words = words;
    this.part = Pattern.compile("(?i)((?:the\\s+)?" + WordLists.anyOf(words.periodPartWords()) + "\\s+(\\S+)\\s+("
        + WordLists.anyOf(words.durationUnits().keySet()) + ")s?)\\s+of\\s+(.+)");
  }

  List<Timex> split(String text, Timex t, DocDate docDate) {
    Matcher m = part.matcher(t.text());
    String count = m.matches() ? words.countWords().getOrDefault(m.group(2).toLowerCase(Locale.ROOT), m.group(2)) : "";
    String year = m.matches() ? yearOf(m.group(4), docDate) : null;
    if (!count.matches("\\d+") || year == null) {
      return List.of(t);
    }
    String code = words.durationUnits().get(m.group(3).toLowerCase(Locale.ROOT));
    String duration = Character.isDigit(code.charAt(0)) ? "PX" + code.replaceAll("^\\d+", "") : "P" + count + code;
    CharSpan first = new CharSpan(t.span().begin(), t.span().begin() + m.end(1));
    CharSpan second = new CharSpan(t.span().begin() + m.start(4), t.span().end());
    return List.of(new Timex(first, first.of(text), TimexType.DURATION, duration, t.sentence()),
        new Timex(second, second.of(text), TimexType.DATE, year, t.sentence()));
  }

  /** "2031", or "the year" and "this year" as the publication year; null for anything else. */
  private static String yearOf(String period, DocDate docDate) {
    if (period.matches("\\d{4}")) {
      return period;
    }
    boolean thisYear = period.toLowerCase(Locale.ROOT).matches("(the|this) year");
    return thisYear && docDate.isKnown() ? docDate.value().substring(0, 4) : null;
  }
}
