package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Day values with and without a time of day; a day no calendar has keeps its shape but gives no date. */
class DayValueTest {
  @Test
  void keepsTheTimeOfDayOnAnotherDay() {
    DayValue friday = DayValue.parse("2031-05-09TMO").orElseThrow();
    assertEquals(LocalDate.of(2031, 5, 9), friday.date());
    assertEquals("2031-05-02TMO", friday.valueOn(LocalDate.of(2031, 5, 2)));
    assertEquals("2031-05-02", DayValue.parse("2031-05-09").orElseThrow().valueOn(LocalDate.of(2031, 5, 2)));
  }

  @Test
  void aDayNoCalendarHasHasTheShapeButNoDate() {
    assertTrue(DayValue.hasDayShape("2031-02-30"));
    assertEquals(Optional.empty(), DayValue.parse("2031-02-30"));
    assertEquals(Optional.empty(), DayValue.parse("2031-05"));
  }
}
