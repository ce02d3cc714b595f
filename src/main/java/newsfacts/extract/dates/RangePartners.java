package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * The two days of a range share what only one of them writes: "Nov. 5-7" (the bare "7" takes
 * November and its year), "3-4 March 2024", "July 30 to August 2 last year" (July of the year before
 * the publication year, as August is). A day anchored on its own by tense would otherwise fall in
 * another year than its partner.
 */
final class RangePartners {
  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern BARE_DAY = Pattern.compile("\\d{1,2}");
  /** "May 3", "3 May", "Sept. 3": a day and a month and nothing that would give a year. */
  private final Pattern monthAndDay;
  private final Pattern link;

  RangePartners(DateWords words) {
    String month = "(?i:" + WordLists.anyOf(words.calendarMonths().keySet()) + ")\\.?";
    this.monthAndDay = Pattern.compile(month + "\\s+\\d{1,2}|\\d{1,2}\\s+" + month);
    this.link = Pattern.compile("\\s*[-\u2013]\\s*|\\s+" + WordLists.anyOf(words.dateRangeWords()) + "\\s+");
  }

  List<Timex> align(String text, List<Timex> dates) {
    List<Timex> out = new ArrayList<>(dates);
    for (int i = 0; i + 1 < out.size(); i++) {
      Timex first = out.get(i);
      Timex second = out.get(i + 1);
      if (!isDay(first) || !isDay(second) || second.span().begin() < first.span().end()
          || !link.matcher(text.substring(first.span().end(), second.span().begin())).matches()) {
        continue;
      }
      String a = first.value();
      String b = second.value();
      if (BARE_DAY.matcher(second.text()).matches()) {
        out.set(i + 1, checked(second, a.substring(0, 8) + b.substring(8)));
      } else if (BARE_DAY.matcher(first.text()).matches()) {
        out.set(i, checked(first, b.substring(0, 8) + a.substring(8)));
      } else if (monthAndDay.matcher(first.text()).matches() && !monthAndDay.matcher(second.text()).matches()) {
        int year = Integer.parseInt(b.substring(0, 4)) - (a.substring(5, 7).compareTo(b.substring(5, 7)) > 0 ? 1 : 0);
        out.set(i, checked(first, year + a.substring(4)));
      } else if (monthAndDay.matcher(first.text()).matches() && monthAndDay.matcher(second.text()).matches()) {
        int year = Integer.parseInt(a.substring(0, 4)) + (a.substring(5, 7).compareTo(b.substring(5, 7)) > 0 ? 1 : 0);
        out.set(i + 1, checked(second, year + b.substring(4)));
      }
    }
    return out;
  }

  private static boolean isDay(Timex t) {
    return t.type() == TimexType.DATE && FULL_DAY.matcher(t.value()).matches();
  }

  /** The expression with the new value if that is a day of the calendar; as it was otherwise. */
  private static Timex checked(Timex t, String value) {
    try {
      LocalDate.parse(value);
      return t.withValue(value);
    } catch (DateTimeParseException e) {
      return t;
    }
  }
}
