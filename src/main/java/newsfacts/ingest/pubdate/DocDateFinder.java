package newsfacts.ingest.pubdate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.ingest.pubdate.DateReader.Style;
import newsfacts.ingest.pubdate.HeaderDates.HeaderDate;
import newsfacts.model.DocDate;

/**
 * Finds an article's publication date in its own text. The header (the lines before the story,
 * up to its first paragraph) is read for date lines ({@link HeaderDates}): of those with a full
 * date, a published or unlabelled one wins over an "Updated"/"Last modified" one, and the
 * earliest wins. Else a print-edition line anywhere ("(Daily Planet 03/14/2019 page 5)"), else a
 * wire's closing line ("... was first published March 3, 2031.", {@link FooterLines}), else a
 * header line with a month and year only ("March 2031 issue": YYYY-MM, {@link MonthLines}). Where
 * no line gives the year, it comes from the text (see {@link YearEvidence}) and the evidence
 * says so: a dateline without a year ("OSLO. May 9.") gives a full date, a numeric date
 * whose day/month order is not settled gives its year, no date line at all the inferred year
 * alone; else the date stays empty. The evidence quotes the header line up to the end of the
 * date.
 */
public final class DocDateFinder {
  private static final Pattern PRINT_EDITION =
      Pattern.compile("\\([^()\\n]{0,80}?\\bpage\\s*\\w+\\)", Pattern.CASE_INSENSITIVE);
  /** How many non-blank leading lines can be header lines. */
  private static final int HEADER_LINES = 12;
  /** A line this long is a paragraph of the story: the header ends with it. */
  private static final int PARAGRAPH_WORDS = 30;

  private final HeaderDates lines = HeaderDates.ENGLISH;
  private final MonthLines months = new MonthLines(DateWords.ENGLISH);
  private final FooterLines footers = new FooterLines(lines, DateWords.ENGLISH);

  public DocDate find(String text) {
    Style style = lines.reader().styleOf(text);
    List<HeaderDate> header = headerDates(text, style);
    Optional<HeaderDate> full = withReading(header, Reading::isFull).stream()
        .min(Comparator.comparing(HeaderDate::updated).thenComparing(d -> d.reading().date()));
    if (full.isPresent()) {
      return new DocDate(full.get().reading().date().toString(), full.get().evidence());
    }
    Optional<DocDate> print = printEdition(text, style);
    if (print.isPresent()) {
      return print.get();
    }
    Optional<DocDate> footer = footers.read(text, style);
    if (footer.isPresent()) {
      return footer.get();
    }
    Optional<DocDate> month = monthLine(text);
    if (month.isPresent()) {
      return month.get();
    }
    Optional<DocDate> titled = titleDate(text, style);
    if (titled.isPresent()) {
      return titled.get();
    }
    Optional<YearEvidence.Inferred> year = YearEvidence.infer(text);
    Optional<HeaderDate> noYear = withReading(header, r -> r.monthDay().isPresent() && r.year().isEmpty()).stream().findFirst();
    if (noYear.isPresent()) {
      return withInferredYear(noYear.get(), year);
    }
    Optional<HeaderDate> yearOnly = withReading(header, r -> r.year().isPresent() && r.monthDay().isEmpty()).stream().findFirst();
    if (yearOnly.isPresent()) {
      return new DocDate(yearOnly.get().reading().year().get().toString(),
          "'" + yearOnly.get().evidence() + "': day and month order unknown");
    }
    Optional<HeaderDate> impossible = withReading(header, Reading::isImpossible).stream().findFirst();
    if (impossible.isPresent()) {
      return DocDate.unknown("not a calendar date: '" + impossible.get().evidence() + "'");
    }
    if (year.isPresent()) {
      return new DocDate(Integer.toString(year.get().year()),
          "no date line; year inferred from: " + shorten(year.get().sentence()));
    }
    return DocDate.unknown("no publication date in the text");
  }

  private List<HeaderDate> headerDates(String text, Style style) {
    List<HeaderDate> found = new ArrayList<>();
    int count = 0;
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      found.addAll(lines.datesOn(line, style));
      if (++count == HEADER_LINES || line.strip().split("\\s+").length >= PARAGRAPH_WORDS) {
        break;
      }
    }
    return found;
  }

  /** A header line with a month and year only ("March 2031 issue"). */
  private Optional<DocDate> monthLine(String text) {
    int count = 0;
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Optional<DocDate> month = months.read(line);
      if (month.isPresent()) {
        return month;
      }
      if (++count == HEADER_LINES || line.strip().split("\\s+").length >= PARAGRAPH_WORDS) {
        break;
      }
    }
    return Optional.empty();
  }

  private static List<HeaderDate> withReading(List<HeaderDate> dates, Predicate<Reading> kind) {
    return dates.stream().filter(d -> kind.test(d.reading())).toList();
  }

  private Optional<DocDate> printEdition(String text, Style style) {
    Matcher line = PRINT_EDITION.matcher(text);
    while (line.find()) {
      Matcher date = lines.grammar().date.matcher(line.group());
      Reading reading = date.find() ? lines.reader().read(date, style) : Reading.IMPOSSIBLE;
      if (reading.isFull()) {
        return Optional.of(new DocDate(reading.date().toString(), line.group().strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * A title that ends with its own full date: "Regular Press Conference on February 3, 2025",
   * "Remarks at the Summit, 3 February 2025" (transcripts and briefings), read only when no line
   * of the header is a date line.
   */
  private Optional<DocDate> titleDate(String text, Style style) {
    String title = text.strip().split("\\R", 2)[0].strip();
    Matcher date = lines.grammar().date.matcher(title);
    while (date.find()) {
      String before = title.substring(0, date.start());
      boolean ends = title.substring(date.end()).matches("[\\s.)]*");
      boolean introduced = before.endsWith(" on ") || before.endsWith(", ") || before.endsWith(" of ");
      Reading reading = lines.reader().read(date, style);
      if (ends && introduced && reading.isFull()) {
        return Optional.of(new DocDate(reading.date().toString(), title));
      }
    }
    return Optional.empty();
  }

  private static DocDate withInferredYear(HeaderDate dateline, Optional<YearEvidence.Inferred> year) {
    String what = "dateline '" + dateline.evidence() + "' has no year";
    if (year.isEmpty()) {
      return DocDate.unknown(what);
    }
    int y = year.get().year();
    if (!dateline.reading().monthDay().get().isValidYear(y)) {
      return DocDate.unknown("not a calendar date: '" + dateline.evidence() + "' in " + y);
    }
    return new DocDate(dateline.reading().monthDay().get().atYear(y).toString(),
        what + "; year inferred from: " + shorten(year.get().sentence()));
  }

  private static String shorten(String sentence) {
    return sentence.length() <= 120 ? sentence : sentence.substring(0, 117) + "...";
  }
}
