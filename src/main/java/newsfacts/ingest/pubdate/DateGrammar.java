package newsfacts.ingest.pubdate;

import java.util.regex.Pattern;

/**
 * Where a date is written on a line, built from parts: month and weekday words from the
 * lexicon, day and year numbers, numeric dates (ISO 8601 and its timestamps, YYYY/MM/DD,
 * DD.MM.YYYY, NN/NN/YYYY) and a time of day with its zone before or after the date ("10:31
 * a.m. ET, Mon July 4, 2022", "Fri 15 Jul 2022 14.32 BST"). The grammar only finds the parts;
 * {@link DateReader} reads them with java.time, which rejects dates not in the calendar.
 */
final class DateGrammar {
  private static final String YEAR = "[12]\\d{3}(?!\\d)";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String ZONE =
      "(?-i:\\(?(?:(?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5})\\)?)(?![\\p{L}\\d])";
  private static final String OFFSET = "[+-]\\d{2}:?\\d{2}(?!\\d)";
  /** What may stand between a date and its time of day: a comma, a middle dot or a bar ("16.47 CET · Thu 6 Nov 2025"). */
  private static final String JOIN = "[,·•|]?";
  private static final String MERIDIEM = "[ap]\\.?\\s?m\\b\\.?";
  /** A time of day: "09:41", "14.32", "08:25:10", "10:31 a.m.", "9 PM", with a zone. */
  static final String CLOCK =
      "(?:(?<![\\d.:])\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?![.:]?\\d)(?:\\s*" + MERIDIEM + ")?"
          + "|(?<![\\d.:])\\d{1,2}\\s*" + MERIDIEM + ")(?:\\s*" + OFFSET + "|\\s+" + ZONE + ")?";

  final Pattern date;
  /** A month word then a day ("July 4"): an article written month-first. */
  final Pattern monthFirst;
  /** A day then a month word ("4 July"): an article written day-first. */
  final Pattern dayFirst;
  /** A label at the end of the text before a date ("Published on", "Last updated:"). */
  final Pattern labelBefore;

  DateGrammar(DateWords words) {
    String month = "\\b(?:" + words.monthWords() + ")(?!\\p{L})\\.?";
    String weekday = "\\b(?:" + words.weekdayWords() + ")(?!\\p{L})\\.?";
    String day = "(?<![\\d.:])\\d{1,2}" + ORDINAL + "(?!\\d|[:.]\\d)";
    String textual =
        "(?:(?<wd>" + weekday + "),?\\s+)?"
            + "(?:(?<mon1>" + month + ")\\s+(?<day1>" + day + ")"
            + "|(?<day2>" + day + ")\\s+(?:of\\s+)?(?<mon2>" + month + ")"
            + "|(?<day3>" + day + ")-(?<mon3>" + month + ")(?=-))"
            + "(?:(?:,?\\s+|(?<=\\p{L})-)(?<year1>" + YEAR + "))?";
    String iso =
        "(?<![\\d.])(?<iy>" + YEAR + ")(?<is>[-/.])(?<im>\\d{1,2})\\k<is>(?<id>\\d{1,2})(?!\\d)"
            + "(?:T\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?";
    String dotted = "(?<![\\d.])(?<dd>\\d{1,2})\\.(?<dm>\\d{1,2})\\.(?<dy>" + YEAR + ")";
    String slashed = "(?<![\\d/])(?<a1>\\d{1,2})(?<as>[/-])(?<a2>\\d{1,2})\\k<as>(?<ay>" + YEAR + ")";
    String core = "(?<date>" + textual + "|" + iso + "|" + dotted + "|" + slashed + ")";
    date = Pattern.compile(
        "(?:" + CLOCK + "\\s*" + JOIN + "\\s*(?:on\\s+)?)?" + core + "(?:\\s*" + JOIN + "\\s*(?:at\\s+)?" + CLOCK + ")?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    monthFirst = Pattern.compile(month + "\\s+" + day, Pattern.CASE_INSENSITIVE);
    dayFirst = Pattern.compile(day + "\\s+(?:of\\s+)?" + month, Pattern.CASE_INSENSITIVE);
    labelBefore = Pattern.compile(
        "(?:^|(?<=[\\s|•·,;(\\[/–—-]))(?<label>" + words.labelWords() + ")(?:\\s+(?:on|at))?\\s*[:–—-]?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
