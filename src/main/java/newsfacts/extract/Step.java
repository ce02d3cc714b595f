package newsfacts.extract;

import java.util.Set;
import newsfacts.model.Layer;

/**
 * One extraction step: reads some layers of a document and adds one. Steps are stateless and
 * thread-safe; the same instance serves every article.
 */
public interface Step {
  /** A short name for messages and timings ("entities", "quotes"). */
  String name();

  /** The layers this step reads: annotations or layers added by earlier steps. */
  Set<Layer> needs();

  /** The layers this step fills in. */
  Set<Layer> adds();

  Document apply(Document document);
}
