package newsfacts.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the date rules, each read from the lexicon file of the same name.
 *
 * @param dateRangeWords date-range-words.txt: "to", "through", ... joining a date to a range's last day
 * @param durationSpanModifiers duration-span-modifiers.txt: "past", "next", ... in "the past five years"
 * @param vagueCounts vague-counts.txt: "few", "several": a duration of X units
 * @param durationUnits duration-units.txt: unit to TIMEX3 duration code ("week" -> "W", "decade" -> "10Y")
 * @param agoUnits ago-units.txt: unit of "N units ago" to the precision of its value ("year" -> "YYYY")
 * @param weekdayNames weekday-names.txt: "monday" ... "sunday"
 * @param futureMarkers future-markers.txt: "will", "next", ... that make a sentence speak of the future
 * @param copyrightMarkers copyright-markers.txt: "copyright" and the copyright sign
 * @param adjectivalTimeWords adjectival-time-words.txt: "future", "past" used as adjectives
 * @param bareTimeWords bare-time-words.txt: "time", never a time expression alone
 */
public record DateWords(
    List<String> dateRangeWords,
    List<String> durationSpanModifiers,
    List<String> vagueCounts,
    Map<String, String> durationUnits,
    Map<String, String> agoUnits,
    List<String> weekdayNames,
    Set<String> futureMarkers,
    List<String> copyrightMarkers,
    Set<String> adjectivalTimeWords,
    Set<String> bareTimeWords) {

  static DateWords load() {
    return new DateWords(
        WordLists.list("date-range-words.txt"),
        WordLists.list("duration-span-modifiers.txt"),
        WordLists.list("vague-counts.txt"),
        WordLists.pairs("duration-units.txt"),
        WordLists.pairs("ago-units.txt"),
        WordLists.list("weekday-names.txt"),
        WordLists.set("future-markers.txt"),
        WordLists.list("copyright-markers.txt"),
        WordLists.set("adjectival-time-words.txt"),
        WordLists.set("bare-time-words.txt"));
  }
}
