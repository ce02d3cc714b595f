package newsfacts.ingest.pubdate;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsfacts.ingest.LexiconFile;

/**
 * The month, weekday and label words of header date lines, from the lexicon file
 * {@code header-dates.txt}, as lookups and as regular-expression alternatives.
 */
final class DateWords {
  /** What a label says about the date after it. */
  enum Label { PUBLISHED, UPDATED }

  static final DateWords ENGLISH = new DateWords(LexiconFile.sections("header-dates.txt"));

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Map<String, Label> labels = new HashMap<>();
  private final Set<String> joining = new HashSet<>();
  private final Set<String> prepositions = new HashSet<>();
  private final Set<String> bylines = new HashSet<>();
  private final List<String> footers = new ArrayList<>();

  private DateWords(Map<String, List<String>> sections) {
    sections.forEach((key, words) -> {
      String[] parts = key.split("\\s+");
      for (String word : words) {
        String w = normal(word);
        switch (parts[0]) {
          case "month" -> months.put(w, Integer.parseInt(parts[1]));
          case "weekday" -> weekdays.put(w, DayOfWeek.of(Integer.parseInt(parts[1])));
          case "published" -> labels.put(w, Label.PUBLISHED);
          case "updated" -> labels.put(w, Label.UPDATED);
          case "joining" -> joining.add(w);
          case "prepositions" -> prepositions.add(w);
          case "bylines" -> bylines.add(w);
          case "footers" -> footers.add(w);
          default -> throw new IllegalStateException("header-dates.txt: unknown key '" + key + "'");
        }
      }
    });
  }

  /** The month number of a month word ("Sept." -> 9). */
  int month(String word) {
    return months.get(normal(word));
  }

  DayOfWeek weekday(String word) {
    return weekdays.get(normal(word));
  }

  Label label(String phrase) {
    return labels.get(normal(phrase));
  }

  /** A lower-case word that may stand in a byline or place name ("and", "of"). */
  boolean isJoining(String word) {
    return joining.contains(normal(word));
  }

  /** A word that opens a byline after a date on a header line ("by"). */
  boolean isByline(String word) {
    return bylines.contains(normal(word));
  }

  boolean isPreposition(String word) {
    return prepositions.contains(normal(word));
  }

  /** Alternatives matching any month word, longest first (so "Sept" before "Sep"). */
  String monthWords() {
    return alternatives(new ArrayList<>(months.keySet()));
  }

  String weekdayWords() {
    return alternatives(new ArrayList<>(weekdays.keySet()));
  }

  String labelWords() {
    return alternatives(new ArrayList<>(labels.keySet()));
  }

  /** Alternatives matching a wire footer's phrase before its date ("first published"). */
  String footerWords() {
    return alternatives(new ArrayList<>(footers));
  }

  private static String alternatives(List<String> words) {
    words.sort(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return words.stream()
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static String normal(String word) {
    return word.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
  }
}
