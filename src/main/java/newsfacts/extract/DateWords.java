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
 * @param calendarMonths calendar-months.txt: month name or abbreviation to its number ("sept" -> "09")
 * @param calendarPeriods calendar-periods.txt: "quarter", "half", seasons: parts of a year
 * @param storyOffsets story-offsets.txt: "following" -> +1, "earlier" -> -1, "that" -> 0
 * @param periodReferences period-references.txt: "quarter", "period" in "the latest quarter"
 * @param unannotatedAdverbs unannotated-time-adverbs.txt: "once", "previously": not TimeML expressions
 * @param pastMarkers past-markers.txt: "last", "past" inside an expression that point back
 * @param countWords count-words.txt: "two" -> "2" in "two days later"
 * @param deicticOffsets deictic-offsets.txt: "last" -> -1, "this" -> 0, "next" -> +1 before "year", "month"
 * @param deicticDayWords deictic-day-words.txt: "today", "yesterday", ... tying a time to the publication date
 * @param ageMarkers age-markers.txt: "old", "age" making a duration an age
 * @param ordinalUnitWords ordinal-unit-words.txt: "second", a unit that is also an ordinal ("a second group")
 * @param periodEndWords period-end-words.txt: "ended", "ending" after a fiscal period defined by its last day
 * @param futureModals future-modals.txt: "will", "would", "might" before a verb that speaks of a time ahead
 * @param periodPartWords period-part-words.txt: "first", "last" taking a part of a period ("the first nine months of 2031")
 * @param periodPrefixes period-prefixes.txt: "mid", "late" before a hyphen and a month or year ("mid-November")
 * @param periodEndNouns period-end-nouns.txt: "end" in "by year-end", "by year's end"
 * @param periodReferenceAdjectives period-reference-adjectives.txt: "latest" in "the latest period"
 * @param intentionWords intention-words.txt: "plan", "due" whose to-infinitive looks ahead ("planned to leave Tuesday")
 * @param fractionWords fraction-words.txt: "quarter", "half" as shares ("three-quarters of its food")
 * @param perPeriodMeasureNouns per-period-measure-nouns.txt: "dividend", "sale" counted per period ("quarterly dividend")
 * @param floatingHolidays floating-holidays.txt: "thanksgiving", holidays on a weekday of their month
 * @param prospectivePhrases prospective-phrases.txt: "as early as" before a weekday that lies ahead
 * @param multiQuarterSpans multi-quarter-spans.txt: "nine months", "first half": a span of several quarters
 *     a sentence may compare with "a year earlier"
 * @param discourseTimeWords discourse-time-words.txt: "now" opening a sentence as a connective ("Now, ...")
 * @param approximateModifiers approximate-modifiers.txt: "almost" before a count ("almost three years ago")
 * @param approximateTails approximate-tails.txt: "or so" after an expression ("the next month or so")
 * @param deadlineVerbs deadline-verbs.txt: "postpone", "extend", setting a limit that lies ahead
 * @param deadlinePrepositions deadline-prepositions.txt: "until", "through" before such a limit
 * @param dayEndWords day-end-words.txt: "midnight", the end (T24) of a day it names
 * @param clockUnits clock-units.txt: unit under a day to its code after "PT" ("hour" -> "H")
 * @param termAdjectives term-adjectives.txt: "near", "short" in "the near term", a time ahead
 * @param monthNounPrepositions month-noun-prepositions.txt: "for", "of" after a month name used as a noun
 *     ("the annual March for ..."), the head of an event's name
 * @param ruleHolidays rule-holidays.txt: "election-day" to its calendar rule ("11/1/MON/+1"), a holiday no
 *     fixed day names
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
    Set<String> bareTimeWords,
    Map<String, String> calendarMonths,
    Set<String> calendarPeriods,
    Map<String, String> storyOffsets,
    Set<String> periodReferences,
    Set<String> unannotatedAdverbs,
    Set<String> pastMarkers,
    Map<String, String> countWords,
    Map<String, String> deicticOffsets,
    Set<String> deicticDayWords,
    Set<String> ageMarkers,
    Set<String> ordinalUnitWords,
    Set<String> periodEndWords,
    Set<String> futureModals,
    List<String> periodPartWords,
    Set<String> periodPrefixes,
    Set<String> periodEndNouns,
    Set<String> periodReferenceAdjectives,
    Set<String> intentionWords,
    Set<String> perPeriodMeasureNouns,
    Set<String> fractionWords,
    Set<String> floatingHolidays,
    List<String> prospectivePhrases,
    List<String> multiQuarterSpans,
    Set<String> discourseTimeWords,
    Set<String> approximateModifiers,
    List<String> approximateTails,
    Set<String> deadlineVerbs,
    Set<String> deadlinePrepositions,
    Set<String> dayEndWords,
    Map<String, String> clockUnits,
    Set<String> termAdjectives,
    Set<String> monthNounPrepositions,
    Map<String, String> ruleHolidays) {

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
        WordLists.set("bare-time-words.txt"),
        WordLists.pairs("calendar-months.txt"),
        WordLists.set("calendar-periods.txt"),
        WordLists.pairs("story-offsets.txt"),
        WordLists.set("period-references.txt"),
        WordLists.set("unannotated-time-adverbs.txt"),
        WordLists.set("past-markers.txt"),
        WordLists.pairs("count-words.txt"),
        WordLists.pairs("deictic-offsets.txt"),
        WordLists.set("deictic-day-words.txt"),
        WordLists.set("age-markers.txt"),
        WordLists.set("ordinal-unit-words.txt"),
        WordLists.set("period-end-words.txt"),
        WordLists.set("future-modals.txt"),
        WordLists.list("period-part-words.txt"),
        WordLists.set("period-prefixes.txt"),
        WordLists.set("period-end-nouns.txt"),
        WordLists.set("period-reference-adjectives.txt"),
        WordLists.set("intention-words.txt"),
        WordLists.set("per-period-measure-nouns.txt"),
        WordLists.set("fraction-words.txt"),
        WordLists.set("floating-holidays.txt"),
        WordLists.list("prospective-phrases.txt"),
        WordLists.list("multi-quarter-spans.txt"),
        WordLists.set("discourse-time-words.txt"),
        WordLists.set("approximate-modifiers.txt"),
        WordLists.list("approximate-tails.txt"),
        WordLists.set("deadline-verbs.txt"),
        WordLists.set("deadline-prepositions.txt"),
        WordLists.set("day-end-words.txt"),
        WordLists.pairs("clock-units.txt"),
        WordLists.set("term-adjectives.txt"),
        WordLists.set("month-noun-prepositions.txt"),
        WordLists.pairs("rule-holidays.txt"));
  }
}
