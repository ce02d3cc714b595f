package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Months, days, quarters, halves and seasons moved between years, read with no article. */
class YearPeriodTest {
  private static YearPeriod period(String value) {
    return YearPeriod.parse(value).orElseThrow();
  }

  @Test
  void readsThePeriodAndKeepsWhatFollowsItInAnotherYear() {
    assertEquals(new YearPeriod(2031, "Q3", ""), period("2031-Q3"));
    assertEquals("2032-10-23TEV", period("2031-10-23TEV").valueIn(2032));
    assertEquals(Optional.empty(), YearPeriod.parse("2031"));
    assertEquals(Optional.empty(), YearPeriod.parse("2031-W10"));
  }

  @Test
  void startsOnTheFirstDayOfThePeriodOrOnTheDayGiven() {
    assertEquals(LocalDate.of(2031, 10, 1), period("2031-10").start(2031));
    assertEquals(LocalDate.of(2030, 10, 23), period("2031-10-23").start(2030));
    assertEquals(LocalDate.of(2031, 7, 1), period("2031-H2").start(2031));
    assertEquals(LocalDate.of(2031, 12, 1), period("2031-WI").start(2031));
  }

  @Test
  void aMonthHasPassedOnceEndedAQuarterOnlyAQuarterLater() {
    LocalDate published = LocalDate.of(2031, 11, 12);
    assertTrue(period("2031-10").hasPassed(2031, published));
    assertFalse(period("2031-11").hasPassed(2031, published));
    assertFalse(period("2031-Q3").hasPassed(2031, published));
    assertTrue(period("2031-Q2").hasPassed(2031, published));
    assertTrue(period("2031-01").endedLongAgo(2031, published));
    assertFalse(period("2031-10").endedLongAgo(2031, published));
  }
}
