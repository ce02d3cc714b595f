package newsfacts.ingest.pubdate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.DocDate;

/**
 * A header line that gives a month and a year only, as magazines date an issue ("March 2031
 * issue", "Published: Sept. 2031", "June 2031"): the publication date at the month's granularity
 * (YYYY-MM), as the scheme asks when the text supports no day. The whole line must be the date.
 */
final class MonthLines {
  private final Pattern line;
  private final DateWords words;

  MonthLines(DateWords words) {
    this.line = Pattern.compile("(?:" + words.labelWords() + ")?[:\\s]*(" + words.monthWords() + ")\\.?,?\\s+((?:1[89]|20)\\d{2})"
        + "(?:\\s+(?:print\\s+)?(?:issue|edition))?", Pattern.CASE_INSENSITIVE);
    this.words = words;
  }

  Optional<DocDate> read(String text) {
    Matcher m = line.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String value = String.format("%s-%02d", m.group(2), words.month(m.group(1)));
    return Optional.of(new DocDate(value, text.strip()));
  }
}
