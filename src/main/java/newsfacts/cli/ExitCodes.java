package newsfacts.cli;

/** Exit statuses of every command, as documented in the README. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  /** Tables were written, but at least one article failed (see failures.csv). */
  public static final int SOME_ARTICLES_FAILED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** Nothing usable was written: missing input folder, bad gold or manifest, I/O failure. */
  public static final int FATAL = 3;
}
