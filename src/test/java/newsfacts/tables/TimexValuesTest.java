package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "2001", "2001-03", "2001-03-15", "XXXX-03-XX", "2001-XX-XX", "XXXX", "BC0044",
      "198", "19", "10", "199X", "19XX", "1XXX", "XX8X", "XXXX-WD", "XXXX-WE",
      "2001-W09", "2000-W2", "2001-W09-3", "1990-W32-WE", "XXXX-WXX-2", "2001-WXX",
      "2001-SP", "2001-SU", "2001-FA", "2001-WI", "XXXX-SU", "2001-Q3", "1989-QX", "2001-H1", "2001-HX",
      "2001-03-15T14", "2001-03-15T14:30", "2001-03-15T14:30:15", "2001-03-15T14:30Z", "2001-03-15T09:00-05:00",
      "2001-03-15TMO", "2001-03-15TAF", "2001-03-15TEV", "2001-03-15TNI", "2001-03-15TDT", "XXXX-WXX-2TNI",
      "T14:30", "TMO",
      "P3Y", "P1Y6M", "PT2H30M", "PT5M30S", "P1.5D", "PXY", "PTXH", "P2Q", "P1E", "PXE", "PXC", "P2L",
      "P3DE", "P2CE", "P1ML", "PXX", "P10Y", "P1W",
      "PRESENT_REF", "PAST_REF", "FUTURE_REF"})
  void acceptsTimeMlValues(String value) {
    assertTrue(TimexValues.isValid(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "yesterday", "2001-13", "2001-02-32", "2001-3-15", "20011", "1", "2001-W54", "2001-W09-8",
      "2001-Q5", "2001-H3", "2001-03-15T25:00", "2001-03-15T14:60", "2001-03-15TXY", "P", "PT", "P3",
      "P3Z", "3Y", "PY", "P3Y ", "NOW", "PRESENT", "2001-03-15 14:30", "2001/03/15", "T", "2001-", "XXXY", "2001-WF"})
  void refusesGarbage(String value) {
    assertFalse(TimexValues.isValid(value), value);
  }
}
