package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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
 * Approximations TimeML keeps inside the expression (with a mod attribute: LESS_THAN for
 * "almost", APPROX for "or so") where the annotator leaves them out: a word before a count
 * ("almost three years ago", approximate-modifiers.txt; "over" after "for", "just", "last":
 * over-amount-openers.txt) and a phrase after the expression ("the
 * next month or so", approximate-tails.txt). A tail followed
 * by "ago" takes it too ("a day or so ago"): the duration becomes the date that far before the
 * publication date, at the precision TimeBank gives "N units ago" (the year, the month, or the day
 * for weeks and days).
 */
final class ApproximateExtents {
  private static final Pattern DURATION = Pattern.compile("P(\\d+)([YMWD])");
  /** "for over" + "an hour": "over" means "more than" after one of over-amount-openers.txt (group 1: "over"). */
  private static final Pattern OVER = Pattern.compile("(?i)\\b(?:" + WordLists.anyOf(WordLists.set("over-amount-openers.txt"))
      + ")\\s+(over)\\s+$");
  private final DateWords words;
  private final Pattern before;
  private final Pattern after;
  private final Pattern count;

  ApproximateExtents(DateWords words) {
    this.words = words;
    this.before = Pattern.compile("(?i)\\b(" + WordLists.anyOf(words.approximateModifiers()) + ")\\s+$");
    this.after = Pattern.compile("(?i)^\\s+(" + String.join("|", words.approximateTails().stream()
        .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\b(\\s+ago\\b)?");
    this.count = Pattern.compile("(?i)^(\\d|(" + WordLists.anyOf(words.countWords().keySet()) + "|half)\\b)");
  }

  List<Timex> extend(String text, DocDate docDate, List<Timex> all) {
    // the annotator may tag the modifier alone, with no value ("almost" | "two years ago")
    List<Timex> timexes = all.stream().filter(t -> !(t.value().isEmpty()
        && words.approximateModifiers().contains(t.text().toLowerCase(Locale.ROOT)))).toList();
    List<Timex> out = new ArrayList<>(timexes.size());
    for (int i = 0; i < timexes.size(); i++) {
      // overlapping expressions ("2 May 2030 - 14" and "14:35") bound each other at their own edges
      CharSpan own = timexes.get(i).span();
      int floor = i == 0 ? 0 : Math.min(timexes.get(i - 1).span().end(), own.begin());
      int ceiling = i + 1 < timexes.size() ? Math.max(timexes.get(i + 1).span().begin(), own.end()) : text.length();
      out.add(withTail(text, docDate, withModifier(text, timexes.get(i), floor), ceiling));
    }
    return out;
  }

  /** "almost" + "two years ago": the modifier joins when the expression starts with a count. */
  private Timex withModifier(String text, Timex t, int floor) {
    if (!count.matcher(t.text()).find()) {
      return t;
    }
    String preceding = text.substring(Math.max(floor, t.span().begin() - 20), t.span().begin());
    Matcher m = before.matcher(preceding);
    Matcher over = OVER.matcher(preceding);
    int start = m.find() ? m.start() : over.find() ? over.start(1) : -1;
    if (start < 0) {
      return t;
    }
    int begin = t.span().begin() - preceding.length() + start;
    CharSpan span = new CharSpan(begin, t.span().end());
    return t.withSpan(span, span.of(text));
  }

  /** "the next month" + "or so" (+ "ago"): the tail joins; with "ago", a duration becomes a date. */
  private Timex withTail(String text, DocDate docDate, Timex t, int ceiling) {
    Matcher m = after.matcher(text.substring(t.span().end(), Math.max(t.span().end(), ceiling)));
    if (!m.find()) {
      return t;
    }
    boolean ago = m.group(2) != null;
    Matcher duration = DURATION.matcher(t.value());
    if (ago && (t.type() != TimexType.DURATION || !duration.matches() || !docDate.isFullDate())) {
      return t;
    }
    CharSpan span = new CharSpan(t.span().begin(), t.span().end() + m.end());
    Timex extended = t.withSpan(span, span.of(text));
    if (!ago) {
      return extended;
    }
    LocalDate anchor = LocalDate.parse(docDate.value());
    int n = Integer.parseInt(duration.group(1));
    String unit = duration.group(2).toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "y" -> extended.withType(TimexType.DATE, anchor.minusYears(n).toString().substring(0, 4));
      case "m" -> extended.withType(TimexType.DATE, anchor.minusMonths(n).toString().substring(0, 7));
      case "w" -> extended.withType(TimexType.DATE, anchor.minus(Period.ofWeeks(n)).toString());
      default -> extended.withType(TimexType.DATE, anchor.minusDays(n).toString());
    };
  }
}
