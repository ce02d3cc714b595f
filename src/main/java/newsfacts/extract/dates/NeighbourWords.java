package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;

/**
 * Words next to an expression that TimeML keeps inside it where the annotator leaves them out:
 * "fiscal" before a year or a quarter ("fiscal 2031", "fiscal second-quarter"; TimeBank 4 of 4),
 * a year between "the" and a period noun of period-references.txt ("the 2031 quarter": the
 * quarter the story reports on, in that year, read by {@link StoryQuarter}), and "Day" after a
 * holiday's name the annotator dated ("Thanksgiving Day"; a month or weekday is never extended: "May Day").
 */
final class NeighbourWords {
  private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)\\bfiscal\\s+$");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern DAY_AFTER = Pattern.compile("^\\s+Day\\b");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final int LOOK = 12;
  private final DateWords words;
  private final Pattern periodAfter;

  NeighbourWords(DateWords words) {
    this.words = words;
    this.periodAfter = Pattern.compile("(?i)^\\s+" + WordLists.anyOf(words.periodReferences()) + "\\b");
  }

  List<Timex> extend(String text, List<Timex> unordered) {
    List<Timex> timexes = unordered.stream().sorted(Comparator.comparingInt(t -> t.span().begin())).toList();
    List<Timex> out = new ArrayList<>(timexes.size());
    int floor = 0;
    for (int i = 0; i < timexes.size(); i++) {
      Timex t = timexes.get(i);
      Timex next = i + 1 < timexes.size() ? timexes.get(i + 1) : null;
      // the annotator may tag the "Day" of a holiday's name as an expression of its own
      boolean dayAlone = next != null && next.text().equals("Day") && isHolidayName(t);
      int ceiling = next == null ? text.length() : dayAlone ? next.span().end() : next.span().begin();
      Timex previous = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean fiscalAlone = previous != null && previous.value().isEmpty() && FISCAL_BEFORE.matcher(previous.text() + " ").matches();
      if (fiscalAlone) {
        floor = previous.span().begin(); // the annotator may tag "fiscal" alone, with no value, before the year
      }
      String before = text.substring(Math.max(floor, t.span().begin() - LOOK), Math.max(floor, t.span().begin()));
      String after = text.substring(Math.min(t.span().end(), ceiling), Math.min(ceiling, t.span().end() + LOOK));
      int begin = t.span().begin();
      int end = t.span().end();
      Matcher fiscal = FISCAL_BEFORE.matcher(before);
      Matcher the = THE_BEFORE.matcher(before);
      Matcher period = periodAfter.matcher(after);
      Matcher day = DAY_AFTER.matcher(after);
      if (fiscal.find() && (YEAR.matcher(t.text()).matches() || t.text().toLowerCase(Locale.ROOT).contains("quarter"))) {
        begin -= before.length() - fiscal.start();
        if (fiscalAlone) {
          out.remove(out.size() - 1);
        }
      } else if (the.find() && period.find() && YEAR.matcher(t.text()).matches()) {
        begin -= before.length() - the.start();
        end += period.end();
      } else if (day.find() && isHolidayName(t)) {
        end += day.end();
        i += dayAlone ? 1 : 0;
      }
      CharSpan span = new CharSpan(begin, end);
      out.add(span.equals(t.span()) ? t : t.withSpan(span, span.of(text)));
      floor = end;
    }
    return out;
  }

  private boolean isHolidayName(Timex t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    return !t.value().isEmpty() && t.text().matches("[A-Z][a-z]+")
        && !words.calendarMonths().containsKey(lower) && !words.weekdayNames().contains(lower)
        && !words.deicticDayWords().contains(lower);
  }
}
