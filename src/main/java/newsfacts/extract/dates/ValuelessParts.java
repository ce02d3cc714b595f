package newsfacts.extract.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
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
 * An expression the annotator joined from several and could not value is read part by part, as
 * TimeML has them: a duration and the day it fell on ("for more than four hours Friday": a
 * DURATION and a DATE), a date and what stands in apposition to it ("Nov. 3, the day before":
 * the date), the two ends of a range of counts ("two to six days": "two" and "six days", as the
 * scheme splits "June 6-7"). A part is a month and day, a weekday, or a count of a unit beside
 * one of those; each is valued as the annotator would (a day in the publication year, a weekday
 * the first on or after the publication date), and the anchoring steps after this one move it as
 * the sentence's tense says; "the week of" a day is that day's ISO week. An expression with no
 * such part is left as it came.
 */
final class ValuelessParts {
  /** "the week of" before a day: the ISO week that holds it. */
  private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]|20)\\d{2}\\b");
  private static final Pattern WEEK_OF = Pattern.compile("(?i)(the\\s+)?week\\s+of\\s+");
  private final DateWords words;
  private final Pattern monthDay;
  private final Pattern weekday;
  private final Pattern duration;
  private final Pattern countRange;

  ValuelessParts(DateWords words) {
    this.words = words;
    String count = "(\\d+|" + WordLists.anyOf(words.countWords().keySet()) + ")";
    String unit = "(" + WordLists.anyOf(words.durationUnits().keySet()) + "|" + WordLists.anyOf(words.clockUnits().keySet()) + ")s?";
    this.monthDay = Pattern.compile("(?i)\\b(" + WordLists.anyOf(words.calendarMonths().keySet()) + ")\\.?\\s+(\\d{1,2})\\b(?!\\d)");
    this.weekday = Pattern.compile("(?i)\\b(" + WordLists.anyOf(words.weekdayNames()) + ")\\b");
    this.duration = Pattern.compile("(?i)\\b" + count + "\\s+" + unit + "\\b");
    this.countRange = Pattern.compile("(?i)" + count + "\\s+(?:-|" + WordLists.anyOf(words.dateRangeWords()) + ")\\s+"
        + count + "\\s+" + unit);
  }

  List<Timex> split(String text, Timex t, DocDate docDate) {
    if (!t.value().isEmpty() || YEAR.matcher(t.text()).find()) {
      return List.of(t); // a written year gives the whole its value (ValuelessDates)
    }
    Matcher range = countRange.matcher(t.text());
    if (range.matches()) {
      String unit = range.group(3);
      return List.of(part(text, t, range.start(1), range.end(1), TimexType.DURATION, durationValue(range.group(1), unit)),
          part(text, t, range.start(2), range.end(), TimexType.DURATION, durationValue(range.group(2), unit)));
    }
    List<Timex> parts = new ArrayList<>();
    Matcher day = monthDay.matcher(t.text());
    while (day.find()) {
      String value = dayOfMonth(day.group(1), day.group(2), docDate);
      if (value != null && WEEK_OF.matcher(t.text().substring(0, day.start())).matches() && day.end() == t.text().length()) {
        return List.of(t.withType(TimexType.DATE, weekOf(value)));
      } else if (value != null) {
        parts.add(part(text, t, day.start(), day.end(), TimexType.DATE, value));
      }
    }
    Matcher named = weekday.matcher(t.text());
    // a weekday within a month ("the last Friday in August") is one day of it, not a part of its own
    while (parts.isEmpty() && !namesMonth(t.text()) && named.find()) {
      parts.add(part(text, t, named.start(), named.end(), TimexType.DATE, weekdayValue(named.group(1), docDate)));
    }
    Matcher amount = duration.matcher(t.text());
    if (!parts.isEmpty() && amount.find()) {
      // a count alone is left to the steps that read it ("a year earlier": the story's time);
      // words before the count the annotator joined to it stay with it ("more than four hours")
      String prefix = t.text().substring(0, amount.start());
      boolean joined = prefix.matches("(?i)[a-z ]*") && !words.dateRangeWords().contains(prefix.strip().toLowerCase(Locale.ROOT));
      int begin = joined ? 0 : amount.start();
      parts.add(part(text, t, begin, amount.end(), TimexType.DURATION, durationValue(amount.group(1), amount.group(2))));
    }
    parts.sort(Comparator.comparing(Timex::span));
    return parts.isEmpty() ? List.of(t) : parts;
  }

  private boolean namesMonth(String text) {
    return LetterWords.of(text).anyMatch(words.calendarMonths()::containsKey);
  }

  private static Timex part(String text, Timex t, int begin, int end, TimexType type, String value) {
    CharSpan span = new CharSpan(t.span().begin() + begin, t.span().begin() + end);
    return new Timex(span, span.of(text), type, value, t.sentence());
  }

  private String dayOfMonth(String month, String day, DocDate docDate) {
    String number = words.calendarMonths().get(month.toLowerCase(Locale.ROOT));
    String year = docDate.isKnown() ? docDate.value().substring(0, 4) : "XXXX";
    try {
      LocalDate.of(year.equals("XXXX") ? 2000 : Integer.parseInt(year), Integer.parseInt(number), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
    return year + "-" + number + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
  }

  private static String weekOf(String day) {
    if (day.startsWith("X")) {
      return "XXXX-WXX";
    }
    LocalDate date = LocalDate.parse(day);
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String weekdayValue(String name, DocDate docDate) {
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    if (!docDate.isFullDate()) {
      return "XXXX-WXX-" + day.getValue();
    }
    return LocalDate.parse(docDate.value()).with(TemporalAdjusters.nextOrSame(day)).toString();
  }

  private String durationValue(String count, String unit) {
    String lower = unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    String number = count.matches("\\d+") ? count : words.countWords().getOrDefault(count.toLowerCase(Locale.ROOT), "X");
    String clock = words.clockUnits().get(lower);
    if (clock != null) {
      return "PT" + number + clock;
    }
    String code = words.durationUnits().getOrDefault(lower, "X");
    if (!Character.isDigit(code.charAt(0))) {
      return "P" + number + code;
    }
    String base = code.replaceAll("^\\d+", "");
    return number.equals("X") ? "PX" + base : "P" + Integer.parseInt(number) * Integer.parseInt(code.replaceAll("\\D+$", "")) + base;
  }
}
