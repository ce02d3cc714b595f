package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Timex;

/**
 * Pieces the annotator tagged and could not value, and that name no time: "70th birthday", "the
 * first debate" (ordinals of events, which the scheme leaves out), "but not", "the turn of". An
 * expression without a value is kept when a word of it names a time (a unit, month, weekday,
 * season, part of the day: "the second day", "first year") or it holds a digit ("Feb.1", "2013").
 */
final class EmptyFragments {
  private static final Set<String> TIME_NOUNS = WordLists.set("time-nouns.txt");
  private final DateWords words;

  EmptyFragments(DateWords words) {
    this.words = words;
  }

  List<Timex> drop(List<Timex> timexes) {
    return timexes.stream().filter(t -> !t.value().isEmpty() || namesTime(t.text())).toList();
  }

  private boolean namesTime(String text) {
    if (text.chars().anyMatch(Character::isDigit) && !text.matches("(?s).*\\d+(st|nd|rd|th)\\b.*")) {
      return true;
    }
    return LetterWords.of(text.toLowerCase(Locale.ROOT)).map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
        .anyMatch(this::isTimeWord);
  }

  private boolean isTimeWord(String w) {
    return TIME_NOUNS.contains(w) || words.durationUnits().containsKey(w) || words.clockUnits().containsKey(w)
        || words.calendarMonths().containsKey(w) || words.weekdayNames().contains(w) || words.calendarPeriods().contains(w);
  }
}
