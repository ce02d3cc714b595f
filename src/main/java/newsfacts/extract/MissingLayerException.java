package newsfacts.extract;

/** A step needs a layer that neither the annotator nor an earlier step provides. */
public final class MissingLayerException extends RuntimeException {
  public MissingLayerException(String message) {
    super(message);
  }
}
