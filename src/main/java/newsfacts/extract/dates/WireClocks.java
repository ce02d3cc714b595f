package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Clock times as wires and British papers write them, which the annotator misreads: a 24-hour
 * time in four digits with its zone ("by 0915 GMT", read as the year 915) is a TIME of the
 * publication date, and a date followed by a time with a dot and a zone ("Sat 9 Mar 2024 18.05
 * GMT", a timestamp) is one TIME. The zone is required: "1130" or "9 March 2024 18.05" alone may be
 * a number. The zone stays in the span as in "16:18 GMT"; TimeBank values carry none. A page header's
 * stamp, a dated day and its clock with only a separator between ("Mar 3, 2031 / 06:12 PM EST", "Fri,
 * 07 Mar, 2031 - 06:00"), is one TIME too, as TimeBank writes "5 p.m. EST, Nov. 6".
 */
final class WireClocks {
  private static final String ZONE = "(?:[A-Z]{1,3}T|UTC|local time)(?![\\w])";
  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<![\\w.:,$£€-])([01]\\d|2[0-3])([0-5]\\d)\\s?" + ZONE);
  private static final Pattern DOT_TIME = Pattern.compile("^,?\\s([01]?\\d|2[0-3])\\.([0-5]\\d)\\s?" + ZONE);
  /** "09.20 CET" (a live-blog entry), "at 10.15pm": a dotted clock with its zone or half of the day (group 3). */
  private static final Pattern DOT_CLOCK = Pattern.compile(
      "(?<![\\w.:,$£€-])([01]?\\d|2[0-3])\\.([0-5]\\d)(?:\\s?([apAP])(?:\\.[mM]\\.|[mM]\\b)|\\s?" + ZONE + ")");

  /** Between the date and the clock of a stamp: spaces around at most one separator, on one line. */
  private static final Pattern STAMP_GAP = Pattern.compile("[ \\t]*[,/|\u00b7\u2013\u2014-]?[ \\t]*");
  private static final Pattern ZONE_AFTER = Pattern.compile("^ ?(?:[A-Z]{1,3}T|UTC)(?![\\w])");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.+)");

  private WireClocks() {
  }

  static List<Timex> read(AnnotatedArticle doc, List<Timex> timexes) {
    String text = doc.text();
    List<Timex> all = new ArrayList<>();
    for (Timex t : timexes) {
      Matcher dot = DOT_TIME.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12)));
      if (t.value().matches("\\d{4}-\\d{2}-\\d{2}") && dot.find()) {
        CharSpan span = new CharSpan(t.span().begin(), t.span().end() + dot.end());
        all.add(new Timex(span, span.of(text), TimexType.TIME, t.value() + clock(dot), t.sentence()));
      } else {
        all.add(t);
      }
    }
    if (doc.docDate().isFullDate()) {
      addClocks(doc, all, FOUR_DIGITS);
      addClocks(doc, all, DOT_CLOCK);
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return stamps(text, all);
  }

  /**
   * A clock time takes the zone written after it ("2pm NZDT"); a dated day with its year and the
   * clock after it make one TIME of that day ("Monday 3 March 2031, 7.40am"). Without a year the two
   * stay apart ("on Tuesday, 6pm" may list two things).
   */
  private static List<Timex> stamps(String text, List<Timex> sorted) {
    List<Timex> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Timex day = withZone(text, sorted.get(i));
      Timex clock = i + 1 < sorted.size() ? withZone(text, sorted.get(i + 1)) : null;
      Matcher clockValue = clock == null ? null : CLOCK_VALUE.matcher(clock.value());
      if (clockValue != null && clockValue.matches() && clock.type() == TimexType.TIME
          && DAY_VALUE.matcher(day.value()).matches() && day.text().matches("(?s).*\\d{4}.*")
          && (overlap(day, clock) || STAMP_GAP.matcher(text.substring(day.span().end(), clock.span().begin())).matches())) {
        CharSpan span = new CharSpan(day.span().begin(), clock.span().end());
        out.add(new Timex(span, span.of(text), TimexType.TIME, day.value() + clockValue.group(1), day.sentence()));
        i++;
      } else {
        out.add(day);
      }
    }
    return out;
  }

  /** "02 May 2030 - 14:35" may come as "02 May 2030 - 14" and "14:35": the clock's hour read into the day too. */
  private static boolean overlap(Timex day, Timex clock) {
    return day.span().end() > clock.span().begin() && clock.span().end() > day.span().end();
  }

  private static Timex withZone(String text, Timex t) {
    Matcher zone = ZONE_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12)));
    if (t.type() != TimexType.TIME || !t.value().contains("T") || !zone.find()) {
      return t;
    }
    CharSpan span = new CharSpan(t.span().begin(), t.span().end() + zone.end());
    return new Timex(span, span.of(text), t.type(), t.value(), t.sentence());
  }

  /** Clock times the pattern finds that no expression covers in part, as TIMEs of the publication date. */
  private static void addClocks(AnnotatedArticle doc, List<Timex> all, Pattern clocks) {
    String text = doc.text();
    Matcher m = clocks.matcher(text);
    while (m.find()) {
      CharSpan span = new CharSpan(m.start(), m.end());
      if (all.stream().anyMatch(t -> t.span().overlaps(span) && !span.contains(t.span()))) {
        continue;
      }
      var sentence = doc.sentences().stream().filter(s -> s.span().contains(span)).findFirst();
      if (sentence.isPresent()) {
        all.removeIf(t -> span.contains(t.span()));
        all.add(new Timex(span, span.of(text), TimexType.TIME, doc.docDate().value() + clock(m), sentence.get().index()));
      }
    }
  }

  /** "T22:15" for "10.15pm" (group 3 "p"), "T00:15" for "12.15am", "T09:20" for "09.20 CET". */
  private static String clock(Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    String half = m.groupCount() >= 3 && m.group(3) != null ? m.group(3).toLowerCase(Locale.ROOT) : "";
    if (half.equals("p") && hour < 12) {
      hour += 12;
    } else if (half.equals("a") && hour == 12) {
      hour = 0;
    }
    return String.format("T%02d:%s", hour, m.group(2));
  }
}
