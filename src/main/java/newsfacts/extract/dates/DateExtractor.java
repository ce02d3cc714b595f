package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Timex;

/**
 * Time expressions as the annotator anchored them, brought to the TempEval-3 conventions of the
 * annotation scheme: a split timestamp joined, "June 6-7" and "April 11 to 12" as two dates,
 * "the past decade" as a duration, "10 years ago" at year granularity, and no years that belong
 * to a name, no copyright ranges, no adjectival "future" or lone "time".
 */
public final class DateExtractor {
  private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
  private static final Pattern RANGE_END = Pattern.compile("^\\s*(?:-|to|through|and)\\s*(\\d{1,2})\\b");
  private static final Pattern PAST_SPAN = Pattern.compile(
      "(?i)the\\s+(?:past|last|previous|next|coming)\\s+(\\d+\\s+|few\\s+|several\\s+)?(decade|year|month|week|day)s?");
  private static final Pattern AGO = Pattern.compile("(?i).*\\b(years?|months?)\\s+ago");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)(?:last\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final Map<String, String> UNITS = Map.of("decade", "10Y", "year", "Y", "month", "M", "week", "W", "day", "D");

  public List<Timex> extract(AnnotatedArticle doc, List<EntityMention> entities) {
    String text = doc.text();
    List<Timex> dates = new ArrayList<>();
    for (Timex t : joinSplitTimestamps(text, doc.timexes())) {
      if (insideName(t, entities) || followsName(text, t, entities) || isCopyright(text, t) || isAdjectivalOrBare(text, t)) {
        continue;
      }
      for (Timex n : normalise(text, t)) {
        dates.add(pastWeekday(doc, n));
      }
    }
    return dates;
  }

  /**
   * "The council met on Monday": in past narrative a weekday is the latest one on or before the
   * article's date. A sentence that speaks of the future ("will", "next") keeps the later date.
   */
  private static Timex pastWeekday(AnnotatedArticle doc, Timex t) {
    if (!WEEKDAY.matcher(t.text()).matches() || !doc.docDate().isFullDate() || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return t;
    }
    java.time.LocalDate published = java.time.LocalDate.parse(doc.docDate().value());
    java.time.LocalDate date = java.time.LocalDate.parse(t.value());
    if (!date.isAfter(published) || speaksOfFuture(doc, t)) {
      return t;
    }
    while (date.isAfter(published)) {
      date = date.minusWeeks(1);
    }
    return new Timex(t.span(), t.text(), t.type(), date.toString(), t.sentence());
  }

  /** A future marker ("will", "next", ...) among the few words before the expression. */
  private static boolean speaksOfFuture(AnnotatedArticle doc, Timex t) {
    List<newsfacts.model.Token> tokens = doc.sentences().get(t.sentence()).tokens();
    int at = 0;
    while (at < tokens.size() && tokens.get(at).span().end() <= t.span().begin()) {
      at++;
    }
    for (int i = Math.max(0, at - 8); i < at; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("will") || w.equals("shall") || w.equals("next") || w.equals("upcoming") || w.equals("'ll")) {
        return true;
      }
    }
    return false;
  }

  private static List<Timex> normalise(String text, Timex t) {
    Matcher range = DAY_RANGE.matcher(t.text());
    if (range.matches() && t.value().isEmpty()) {
      return List.of();
    }
    Matcher span = PAST_SPAN.matcher(t.text());
    if (span.matches() && !t.type().equals("DURATION")) {
      String count = span.group(1) == null ? "1" : span.group(1).strip();
      count = count.matches("\\d+") ? count : "X";
      String unit = span.group(2).toLowerCase(Locale.ROOT);
      String value = unit.equals("decade") ? (count.equals("1") ? "P10Y" : "PXY") : "P" + count + UNITS.get(unit);
      return List.of(new Timex(t.span(), t.text(), "DURATION", value, t.sentence()));
    }
    Matcher ago = AGO.matcher(t.text());
    if (ago.matches() && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      int length = ago.group(1).startsWith("year") ? 4 : 7;
      return List.of(new Timex(t.span(), t.text(), t.type(), t.value().substring(0, length), t.sentence()));
    }
    return List.of(t);
  }

  /** "16:18, June 05, 2012" comes as two expressions with one value: one TIME. */
  private static List<Timex> joinSplitTimestamps(String text, List<Timex> timexes) {
    List<Timex> joined = new ArrayList<>();
    for (int i = 0; i < timexes.size(); i++) {
      Timex t = timexes.get(i);
      Timex next = i + 1 < timexes.size() ? timexes.get(i + 1) : null;
      if (next != null && !t.value().isEmpty() && t.value().equals(next.value())
          && text.substring(t.span().end(), next.span().begin()).isBlank()) {
        CharSpan span = new CharSpan(t.span().begin(), next.span().end());
        joined.add(new Timex(span, span.of(text), t.type(), t.value(), t.sentence()));
        i++;
      } else if (next != null && isMonth(t) && DAY_RANGE.matcher(next.text()).matches()
          && text.substring(t.span().end(), next.span().begin()).equals(" ")) {
        joined.addAll(splitRange(text, t, next));
        i++;
      } else {
        joined.add(t);
        joined.addAll(rangeEnd(text, t));
      }
    }
    return joined;
  }

  /** "June" + "6-7" -> "June 6" and "7". */
  private static List<Timex> splitRange(String text, Timex month, Timex days) {
    Matcher m = DAY_RANGE.matcher(days.text());
    m.matches();
    int firstEnd = days.span().begin() + m.end(1);
    int secondBegin = days.span().begin() + m.start(2);
    CharSpan first = new CharSpan(month.span().begin(), firstEnd);
    CharSpan second = new CharSpan(secondBegin, days.span().end());
    String yearMonth = month.value();
    return List.of(
        new Timex(first, first.of(text), "DATE", day(yearMonth, m.group(1)), month.sentence()),
        new Timex(second, second.of(text), "DATE", day(yearMonth, m.group(2)), month.sentence()));
  }

  /** "April 11 to 12": the bare day after a full date is a date of the same month. */
  private static List<Timex> rangeEnd(String text, Timex t) {
    if (!t.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}")) {
      return List.of();
    }
    Matcher m = RANGE_END.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12)));
    if (!m.find()) {
      return List.of();
    }
    CharSpan span = new CharSpan(t.span().end() + m.start(1), t.span().end() + m.end(1));
    return List.of(new Timex(span, span.of(text), "DATE", day(t.value().substring(0, 7), m.group(1)), t.sentence()));
  }

  private static String day(String yearMonth, String day) {
    return yearMonth.length() >= 7 ? yearMonth.substring(0, 7) + "-" + (day.length() == 1 ? "0" + day : day) : "";
  }

  private static boolean isMonth(Timex t) {
    return t.value().matches("(\\d{4}|XXXX)-\\d{2}") && !t.text().contains(" ");
  }

  private static boolean insideName(Timex t, List<EntityMention> entities) {
    return entities.stream().anyMatch(e -> e.span().contains(t.span()));
  }

  /** "Operation Dawn 2019": a year right after an event name is part of it. */
  private static boolean followsName(String text, Timex t, List<EntityMention> entities) {
    return t.text().matches("\\d{4}") && entities.stream().anyMatch(e -> e.type() == EntityType.MISC
        && e.span().end() + 1 == t.span().begin() && text.charAt(e.span().end()) == ' ');
  }

  private static boolean isCopyright(String text, Timex t) {
    String before = text.substring(Math.max(0, t.span().begin() - 12), t.span().begin()).toLowerCase(Locale.ROOT);
    return before.contains("copyright") || before.contains("\u00A9");
  }

  /** "future prospects", "past cooperation": adjectives; "time" alone is no expression. */
  private static boolean isAdjectivalOrBare(String text, Timex t) {
    String word = t.text().toLowerCase(Locale.ROOT);
    if (word.equals("time")) {
      return true;
    }
    if (!word.equals("future") && !word.equals("past")) {
      return false;
    }
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20)).stripLeading();
    return !after.isEmpty() && Character.isLetter(after.charAt(0));
  }
}
