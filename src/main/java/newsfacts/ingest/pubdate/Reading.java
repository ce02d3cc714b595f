package newsfacts.ingest.pubdate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;

/**
 * A date as one line writes it: a full date (year, month and day), a month and day without
 * the year (a dateline "OSLO, March 3"), the year alone (a numeric date whose day and month
 * order the article does not settle), or nothing: a date that is not in the calendar.
 */
record Reading(Optional<Year> year, Optional<MonthDay> monthDay) {
  static final Reading IMPOSSIBLE = new Reading(Optional.empty(), Optional.empty());

  static Reading of(LocalDate date) {
    return new Reading(Optional.of(Year.of(date.getYear())), Optional.of(MonthDay.from(date)));
  }

  static Reading noYear(MonthDay monthDay) {
    return new Reading(Optional.empty(), Optional.of(monthDay));
  }

  static Reading yearOnly(int year) {
    return new Reading(Optional.of(Year.of(year)), Optional.empty());
  }

  boolean isFull() {
    return year.isPresent() && monthDay.isPresent();
  }

  boolean isImpossible() {
    return year.isEmpty() && monthDay.isEmpty();
  }

  /** The full date; only when {@link #isFull()}. */
  LocalDate date() {
    return year.orElseThrow().atMonthDay(monthDay.orElseThrow());
  }
}
