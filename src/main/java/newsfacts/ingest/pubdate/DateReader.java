package newsfacts.ingest.pubdate;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the parts {@link DateGrammar} found with java.time formatters built from the parts in
 * the order they are written (year-month-day, month-day-year, day-month-year, with or without
 * the year), resolved STRICTly: "February 30, 2022", "2011-13-45" and a weekday that is not
 * the date's ("Fri 14 Jul 2022") are not dates. NN/NN/YYYY is read both ways; when both give
 * a date and the two differ, the article's own style decides, else only the year is known.
 */
final class DateReader {
  /** How an article writes its dates in words: "July 4" or "4 July". */
  enum Style { MONTH_FIRST, DAY_FIRST, UNKNOWN }

  private static final DateTimeFormatter YMD = formatter(YEAR, MONTH_OF_YEAR, DAY_OF_MONTH);
  private static final DateTimeFormatter MDY = formatter(MONTH_OF_YEAR, DAY_OF_MONTH, YEAR);
  private static final DateTimeFormatter DMY = formatter(DAY_OF_MONTH, MONTH_OF_YEAR, YEAR);
  private static final DateTimeFormatter MD = formatter(MONTH_OF_YEAR, DAY_OF_MONTH);
  private static final DateTimeFormatter DM = formatter(DAY_OF_MONTH, MONTH_OF_YEAR);

  private final DateWords words;
  private final DateGrammar grammar;

  DateReader(DateWords words, DateGrammar grammar) {
    this.words = words;
    this.grammar = grammar;
  }

  /** The article's style: the more frequent of "July 4" and "4 July" in its text. */
  Style styleOf(String text) {
    long monthFirst = grammar.monthFirst.matcher(text).results().count();
    long dayFirst = grammar.dayFirst.matcher(text).results().count();
    return monthFirst > dayFirst ? Style.MONTH_FIRST : dayFirst > monthFirst ? Style.DAY_FIRST : Style.UNKNOWN;
  }

  /** The date a match of {@link DateGrammar#date} writes. */
  Reading read(Matcher m, Style style) {
    String weekday = m.group("wd") == null ? "" : " " + words.weekday(m.group("wd")).getValue();
    if (m.group("mon1") != null) {
      return textual(m.group("mon1"), m.group("day1"), m.group("year1"), weekday, MDY, MD, true);
    }
    if (m.group("mon2") != null) {
      return textual(m.group("mon2"), m.group("day2"), m.group("year1"), weekday, DMY, DM, false);
    }
    if (m.group("mon3") != null) {
      return textual(m.group("mon3"), m.group("day3"), m.group("year1"), weekday, DMY, DM, false);
    }
    if (m.group("iy") != null) {
      return full(YMD, m.group("iy") + " " + m.group("im") + " " + m.group("id"));
    }
    if (m.group("dy") != null) {
      return full(DMY, m.group("dd") + " " + m.group("dm") + " " + m.group("dy"));
    }
    return eitherOrder(m.group("a1") + " " + m.group("a2") + " " + m.group("ay"), style);
  }

  private Reading textual(String month, String day, String year, String weekday,
      DateTimeFormatter withYear, DateTimeFormatter withoutYear, boolean monthFirst) {
    String m = Integer.toString(words.month(month));
    String d = day.replaceAll("\\D", "");
    String parts = monthFirst ? m + " " + d : d + " " + m;
    if (year != null) {
      return full(withYear, parts + " " + year + weekday);
    }
    try {
      return Reading.noYear(MonthDay.from(withoutYear.parse(parts)));
    } catch (DateTimeException e) {
      return Reading.IMPOSSIBLE;
    }
  }

  private static Reading eitherOrder(String parts, Style style) {
    Set<LocalDate> dates = new HashSet<>();
    Reading monthFirst = full(MDY, parts);
    Reading dayFirst = full(DMY, parts);
    for (Reading r : new Reading[] {monthFirst, dayFirst}) {
      if (r.isFull()) {
        dates.add(r.date());
      }
    }
    if (dates.size() < 2) {
      return monthFirst.isFull() ? monthFirst : dayFirst;
    }
    return switch (style) {
      case MONTH_FIRST -> monthFirst;
      case DAY_FIRST -> dayFirst;
      case UNKNOWN -> Reading.yearOnly(monthFirst.date().getYear());
    };
  }

  private static Reading full(DateTimeFormatter formatter, String parts) {
    try {
      return Reading.of(LocalDate.from(formatter.parse(parts)));
    } catch (DateTimeException e) {
      return Reading.IMPOSSIBLE;
    }
  }

  /** A formatter for numbers written in this order, then an optional weekday number. */
  private static DateTimeFormatter formatter(ChronoField... order) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
    for (int i = 0; i < order.length; i++) {
      builder.appendLiteral(i == 0 ? "" : " ").appendValue(order[i]);
    }
    if (order.length == 3) {
      builder.optionalStart().appendLiteral(' ').appendValue(DAY_OF_WEEK).optionalEnd();
    }
    return builder.toFormatter(Locale.ROOT).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
  }
}
