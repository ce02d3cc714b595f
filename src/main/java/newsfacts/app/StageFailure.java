package newsfacts.app;

/** An article failed in one stage; the cause is what went wrong there. */
final class StageFailure extends RuntimeException {
  private final String stage;

  StageFailure(String stage, Throwable cause) {
    super(cause);
    this.stage = stage;
  }

  String stage() {
    return stage;
  }
}
