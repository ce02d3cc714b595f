package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Ranges of years or months written with a hyphen, which the annotator reads as one duration in
 * hours ("2019-2021" PT17544H) or misses ("the 2019-20 season", "the October-December period"):
 * two DATEs each, as the scheme asks of ranges, "2019" and "2021" (a two-digit end takes the
 * century of the start: "2019-20" ends in 2020). Months take the publication year here and are
 * anchored later like any year-less month. A slash joins a year to the next ("2023/24"). Money,
 * percentages and longer number runs are no ranges.
 */
final class WrittenRanges {
  private static final Pattern YEARS =
      Pattern.compile("(?<![\\w$£€.,/-])((?:1[89]|20)\\d{2})(?:\\s?[-–]\\s?|/)(\\d{4}|\\d{2})(?![\\w%/-]|[.,]\\d)");
  private final Pattern months;
  private final DateWords words;

  WrittenRanges(DateWords words) {
    this.words = words;
    String names = String.join("|", words.calendarMonths().keySet().stream().filter(m -> m.length() > 3 || "may".equals(m))
        .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    this.months = Pattern.compile("(?<![\\w-])(" + names + ")\\s?[-–]\\s?(" + names + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    String text = doc.text();
    List<Timex> all = new ArrayList<>(timexes);
    Matcher y = YEARS.matcher(text);
    while (y.find()) {
      int start = Integer.parseInt(y.group(1));
      int end = y.group(2).length() == 4 ? Integer.parseInt(y.group(2)) : start / 100 * 100 + Integer.parseInt(y.group(2));
      boolean slash = text.charAt(y.end(1)) == '/'; // "the 2023/24 season": only a year and the next
      if (end > start && end - start < (slash ? 2 : 100)) {
        replace(doc, all, y, String.valueOf(start), String.valueOf(end));
      }
    }
    if (doc.docDate().value().matches("\\d{4}.*")) {
      String year = doc.docDate().value().substring(0, 4);
      Matcher m = months.matcher(text);
      while (m.find()) {
        if (Character.isUpperCase(m.group(1).charAt(0)) && Character.isUpperCase(m.group(2).charAt(0))) {
          replace(doc, all, m, year + "-" + month(m.group(1)), year + "-" + month(m.group(2)));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  private String month(String name) {
    return words.calendarMonths().get(name.toLowerCase(Locale.ROOT));
  }

  /** The two ends replace what the annotator made of the range alone; a longer expression around it stays. */
  private static void replace(AnnotatedArticle doc, List<Timex> all, Matcher m, String first, String second) {
    CharSpan whole = new CharSpan(m.start(), m.end());
    if (all.stream().anyMatch(t -> t.span().overlaps(whole) && !whole.contains(t.span()))) {
      return;
    }
    Optional<Sentence> sentence = doc.sentences().stream().filter(s -> s.span().contains(whole)).findFirst();
    if (sentence.isEmpty()) {
      return;
    }
    all.removeIf(t -> whole.contains(t.span()));
    CharSpan a = new CharSpan(m.start(1), m.end(1));
    CharSpan b = new CharSpan(m.start(2), m.end(2));
    int index = sentence.get().index();
    all.add(new Timex(a, a.of(doc.text()), TimexType.DATE, first, index));
    all.add(new Timex(b, b.of(doc.text()), TimexType.DATE, second, index));
  }
}
