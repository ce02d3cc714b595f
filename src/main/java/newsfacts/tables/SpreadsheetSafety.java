package newsfacts.tables;

/**
 * CSV injection guard (OWASP): a text cell that a spreadsheet would read as a formula gets a
 * leading apostrophe. The mapping is reversible, so offset checks can recover the exact text.
 */
public final class SpreadsheetSafety {
  private SpreadsheetSafety() {}

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static boolean needsGuard(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    if (isTrigger(cell.charAt(0))) {
      return true;
    }
    // An apostrophe before a trigger is guarded too, so that restore() is exact.
    return cell.charAt(0) == '\'' && cell.length() > 1 && needsGuard(cell.substring(1));
  }

  public static String neutralise(String cell) {
    return needsGuard(cell) ? "'" + cell : cell;
  }

  public static String restore(String cell) {
    return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
  }
}
