package newsfacts.ingest.pubdate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.ingest.pubdate.DateReader.Style;
import newsfacts.model.DocDate;

/**
 * A wire story's closing line that dates it, "This report by the Northgate Wire was first
 * published March 3, 2031.": a footer phrase (lexicon {@code footers}), "on" or nothing, then a
 * full date that ends the line. Only the last few lines are read, so that a story sentence
 * ("the report, first published March 3, 2019, found ...") is not taken for one.
 */
final class FooterLines {
  private static final int LAST_LINES = 3;

  private final HeaderDates lines;
  private final Pattern phraseBefore;

  FooterLines(HeaderDates lines, DateWords words) {
    this.lines = lines;
    this.phraseBefore = Pattern.compile("(?<![\\p{L}])" + words.footerWords() + "(?:\\s+on)?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Optional<DocDate> read(String text, Style style) {
    List<String> nonBlank = Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    for (String line : nonBlank.subList(Math.max(0, nonBlank.size() - LAST_LINES), nonBlank.size())) {
      Matcher date = lines.grammar().date.matcher(line);
      while (date.find()) {
        boolean ends = line.substring(date.end()).matches("[\\s.)]*");
        if (ends && phraseBefore.matcher(line.substring(0, date.start())).find()) {
          Reading reading = lines.reader().read(date, style);
          if (reading.isFull()) {
            return Optional.of(new DocDate(reading.date().toString(), line.strip()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
