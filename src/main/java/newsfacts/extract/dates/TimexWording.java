package newsfacts.extract.dates;

import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.Timex;

/** What the words of a year-less expression, and the words right before it, say about its year. */
final class TimexWording {
  private final DateWords words;

  TimexWording(DateWords words) {
    this.words = words;
  }

  /** "could leave as early as Tuesday": a phrase of prospective-phrases.txt right before the expression. */
  boolean isProspective(String text, Timex t) {
    String before = text.substring(Math.max(0, t.span().begin() - 30), t.span().begin())
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return words.prospectivePhrases().stream().anyMatch(p -> before.endsWith(p + " "));
  }

  /**
   * "last spring", "next quarter": the annotator's own reading of the marker stands; "last April"
   * is the latest April, which the tense (PAST) gives.
   */
  boolean hasMarker(String text) {
    if (LetterWords.of(text).anyMatch(words.calendarMonths()::containsKey)) {
      return false;
    }
    return LetterWords.of(text).anyMatch(w -> words.pastMarkers().contains(w) || words.futureMarkers().contains(w));
  }

  /** "last April": the latest April, never one after the publication date. */
  boolean saysLast(String text) {
    return LetterWords.of(text).anyMatch(words.pastMarkers()::contains);
  }

  /** "this September", "this spring": the publication year's, whichever way the sentence looks. */
  boolean saysThis(String text) {
    return LetterWords.of(text).anyMatch(w -> "0".equals(words.deicticOffsets().get(w)));
  }

  /** "Monday", "Friday night": a weekday and no month ("Monday, Oct. 26" is fixed by both). */
  boolean isWeekday(String text) {
    return namesWeekday(text) && !namesCalendarPeriod(text);
  }

  boolean namesWeekday(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return words.weekdayNames().stream().anyMatch(lower::contains);
  }

  boolean namesCalendarPeriod(String text) {
    return LetterWords.of(text).anyMatch(w -> words.calendarMonths().containsKey(w) || words.calendarPeriods().contains(w));
  }
}
