package newsfacts.ingest.pubdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.DocDate;

/**
 * Finds an article's publication date in its own text: timestamps ("16:18, June 05, 2012"),
 * "Updated:" lines, print-edition lines ("(China Daily USA 07/15/2013 page5)") and datelines
 * ("BEIJING, June 5, 2012"). Where no line gives the year, it comes from the text (see
 * {@link YearEvidence}) and the evidence says so: a dateline without a year ("BEIJING. April
 * 11.") gives a full date, no date line at all gives the year alone; else the date stays empty.
 */
public final class DocDateFinder {
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Map<String, Integer> MONTH_NUMBER = monthNumbers();

  /** A header line: timestamp, "Updated:"/"Published:" line or dateline, with a year. */
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\b\\d{1,2}:\\d{2},?\\s+" + MONTHS + "\\s+(\\d{1,2}),\\s*(\\d{4})\\b");
  private static final Pattern ISO_LINE =
      Pattern.compile(
          "(?im)^\\s*(?:updated|published|posted|last updated|date)\\s*:?\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern PRINT_EDITION =
      Pattern.compile("\\([^()\\n]*?\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+page\\s*\\w+\\)", Pattern.CASE_INSENSITIVE);
  /** A line that is a date, or a dateline "CITY, June 5, 2012"; not a date inside a sentence. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?m)^\\s*(?:[A-Z][A-Z .'-]{2,30}[.,-]\\s*)?" + MONTHS + "\\s+(\\d{1,2}),\\s*(\\d{4})\\b");
  private static final Pattern DATELINE_NO_YEAR =
      Pattern.compile("(?m)^\\s*[A-Z][A-Z .'-]{2,30}[.,]\\s+" + MONTHS + "\\s+(\\d{1,2})\\.");

  /** How many leading lines count as the article's header. */
  private static final int HEADER_LINES = 12;

  public DocDate find(String text) {
    String header = firstLines(text, HEADER_LINES);
    Matcher m = TIMESTAMP.matcher(header);
    if (m.find()) {
      return dated(m, month(m.group(1)), m.group(2), m.group(3));
    }
    m = ISO_LINE.matcher(header);
    if (m.find()) {
      return dated(m, Integer.parseInt(m.group(2)), m.group(3), m.group(1));
    }
    m = PRINT_EDITION.matcher(text);
    if (m.find()) {
      return dated(m, Integer.parseInt(m.group(1)), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(header);
    if (m.find()) {
      return dated(m, month(m.group(1)), m.group(2), m.group(3));
    }
    m = DATELINE_NO_YEAR.matcher(header);
    Optional<YearEvidence.Inferred> year = YearEvidence.infer(text);
    if (m.find()) {
      String dateline = "dateline '" + m.group().strip() + "' has no year";
      if (year.isEmpty()) {
        return new DocDate("", dateline);
      }
      DocDate dated = dated(m, month(m.group(1)), m.group(2), Integer.toString(year.get().year()));
      return new DocDate(dated.value(), dateline + "; year inferred from: " + shorten(year.get().sentence()));
    }
    if (year.isPresent()) {
      return new DocDate(Integer.toString(year.get().year()),
          "no date line; year inferred from: " + shorten(year.get().sentence()));
    }
    return DocDate.unknown("no publication date in the text");
  }

  private static DocDate dated(Matcher m, int month, String day, String year) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      return new DocDate(date.toString(), m.group().strip());
    } catch (DateTimeException e) {
      return DocDate.unknown("not a calendar date: '" + m.group().strip() + "'");
    }
  }

  private static String shorten(String sentence) {
    return sentence.length() <= 120 ? sentence : sentence.substring(0, 117) + "...";
  }

  private static int month(String name) {
    return MONTH_NUMBER.get(name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3));
  }

  private static String firstLines(String text, int count) {
    int end = 0;
    for (int line = 0; line < count && end >= 0 && end < text.length(); line++) {
      end = text.indexOf('\n', end + 1);
    }
    return end < 0 ? text : text.substring(0, end);
  }

  private static Map<String, Integer> monthNumbers() {
    List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    Map<String, Integer> numbers = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      numbers.put(names.get(i), i + 1);
    }
    return Map.copyOf(numbers);
  }
}
