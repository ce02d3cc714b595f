package newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A holiday a calendar rule fixes (rule-holidays.txt: the Tuesday after the first Monday of
 * November), which the annotator leaves undated or tags only as a bare "Day": TimeML dates it
 * (DATE, the day). Capitalised words only. The year follows the tense: a past clause ("voted on
 * Election Day") takes the latest one up to the publication date, or the one of the story's year
 * when the last year written before it is an earlier one ("Campaigning in 2031, he ... After
 * Election Day, he ..."); any other clause the one of the publication year while it is ahead or less
 * than a month past ("the count after Election Day" in the week after it), else next year's.
 */
final class RuleHolidays {
  private static final int RECENT_DAYS = 30;
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)");
  private final DateWords words;

  RuleHolidays(DateWords words) {
    this.words = words;
  }

  /** The holidays found in the text, replacing any part of them the annotator tagged. */
  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    if (!doc.docDate().isFullDate()) {
      return timexes;
    }
    LocalDate published = LocalDate.parse(doc.docDate().value());
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String rule = ruleAt(tokens, i);
        if (rule == null) {
          continue;
        }
        CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(i + 1).span().end());
        if (!TimexLists.fitsAmong(all, span)) {
          continue;
        }
        Tense tense = Tense.of(sentence, span, words);
        LocalDate day = dayOf(rule, published, tense);
        int storyYear = lastWrittenYear(all, span);
        if (tense == Tense.PAST && storyYear > 0 && storyYear < day.getYear()) {
          day = inYear(rule, storyYear);
        }
        TimexLists.putOver(all, new Timex(span, span.of(doc.text()), TimexType.DATE, day.toString(), sentence.index()));
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  /** True when the expression is a holiday of the list, whose year this class has chosen. */
  boolean isRuleHoliday(String text) {
    return words.ruleHolidays().containsKey(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
  }

  /** The year of the last date before the span that writes one ("in 2031"); 0 when none does. */
  private static int lastWrittenYear(List<Timex> timexes, CharSpan span) {
    int year = 0;
    int end = -1;
    for (Timex t : timexes) {
      Matcher m = WRITTEN_YEAR.matcher(t.text());
      if (t.type() == TimexType.DATE && t.span().end() <= span.begin() && t.span().end() > end && m.find()
          && t.value().startsWith(m.group(1))) {
        year = Integer.parseInt(m.group(1));
        end = t.span().end();
      }
    }
    return year;
  }

  private String ruleAt(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    Token second = tokens.get(i + 1);
    if (!Character.isUpperCase(first.word().charAt(0)) || !Character.isUpperCase(second.word().charAt(0))) {
      return null;
    }
    return words.ruleHolidays().get((first.word() + "-" + second.word()).toLowerCase(Locale.ROOT));
  }

  static LocalDate dayOf(String rule, LocalDate published, Tense tense) {
    LocalDate thisYear = inYear(rule, published.getYear());
    if (tense == Tense.PAST) {
      return thisYear.isAfter(published) ? inYear(rule, published.getYear() - 1) : thisYear;
    }
    return thisYear.plusDays(RECENT_DAYS).isBefore(published) ? inYear(rule, published.getYear() + 1) : thisYear;
  }

  /** "11/1/MON/+1" in 2018: the first Monday of November 2018 (the 5th), plus one day. */
  private static LocalDate inYear(String rule, int year) {
    String[] parts = rule.split("/");
    DayOfWeek weekday = Arrays.stream(DayOfWeek.values())
        .filter(d -> d.name().startsWith(parts[2])).findFirst().orElseThrow();
    LocalDate day = LocalDate.of(year, Integer.parseInt(parts[0]), 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[1]), weekday));
    return day.plusDays(Integer.parseInt(parts[3].replace("+", "")));
  }
}
