package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetSafetyTest {
  @Test
  void formulaLikeCellsGetAnApostrophe() {
    assertEquals("'=SUM(A1)", SpreadsheetSafety.neutralise("=SUM(A1)"));
    assertEquals("'+1", SpreadsheetSafety.neutralise("+1"));
    assertEquals("'-2", SpreadsheetSafety.neutralise("-2"));
    assertEquals("'@cmd", SpreadsheetSafety.neutralise("@cmd"));
    assertEquals("'\tx", SpreadsheetSafety.neutralise("\tx"));
    assertEquals("'\rx", SpreadsheetSafety.neutralise("\rx"));
  }

  @Test
  void ordinaryCellsAreUntouched() {
    assertEquals("Kazakhstan", SpreadsheetSafety.neutralise("Kazakhstan"));
    assertEquals("'quoted'", SpreadsheetSafety.neutralise("'quoted'"));
    assertEquals("", SpreadsheetSafety.neutralise(""));
  }

  @Test
  void restoreInvertsNeutralise() {
    for (String s : new String[] {"=1", "'=1", "''=1", "'x", "plain", "-", "'", ""}) {
      assertEquals(s, SpreadsheetSafety.restore(SpreadsheetSafety.neutralise(s)), s);
    }
  }
}
