package newsfacts.extract.dates;

import java.time.YearMonth;
import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.DocDate;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * Anchoring what a publication date known only to the year (or the month) supports: "last year"
 * is the year before, "this month" the month itself, "in June" June of that year. Weekdays stay
 * "XXXX-WXX-N" (the scheme), and nothing finer than the date is known is invented. A month the
 * annotator left without a value ("mid-November") takes the publication year, for any date.
 */
final class PartialDocDate {
  private final DateWords words;

  PartialDocDate(DateWords words) {
    this.words = words;
  }

  Timex anchor(DocDate docDate, Timex t) {
    if (!docDate.isKnown()) {
      return t;
    }
    int year = Integer.parseInt(docDate.value().substring(0, 4));
    String[] parts = t.text().toLowerCase(Locale.ROOT).strip().split("[^a-z0-9.]+");
    if (t.value().isEmpty() && monthValue(parts) != null) {
      return t.withType(TimexType.DATE, year + "-" + monthValue(parts));
    }
    if (docDate.isFullDate()) {
      return t;
    }
    if (parts.length == 2 && words.deicticOffsets().containsKey(parts[0])) {
      int by = Integer.parseInt(words.deicticOffsets().get(parts[0]).replace("+", ""));
      if (parts[1].equals("year")) {
        return t.withValue(String.valueOf(year + by));
      }
      if (parts[1].equals("month") && docDate.value().length() == 7) {
        return t.withValue(YearMonth.parse(docDate.value()).plusMonths(by).toString());
      }
    }
    if (t.value().matches("XXXX-\\d{2}(-\\d{2})?")) {
      return t.withValue(year + t.value().substring(4));
    }
    return t;
  }

  /** The month an expression without digits names ("June", "mid-November" -> "11"), or null. */
  private String monthValue(String[] parts) {
    String month = null;
    for (String part : parts) {
      if (part.matches(".*\\d.*")) {
        return null;
      }
      month = month == null ? words.calendarMonths().get(part.replace(".", "")) : month;
    }
    return month;
  }
}
