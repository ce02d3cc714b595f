package newsfacts.eval;

import java.util.List;
import java.util.function.Function;
import newsfacts.model.DocumentAnnotations;

/**
 * One article as the reference and the prediction annotate it: what every layer scorer compares
 * (spaCy's Example). Matching never crosses articles, so each pair is matched on its own.
 */
record DocumentPair(String docId, DocumentAnnotations gold, DocumentAnnotations pred) {

  /** The counts of every article added up. */
  static Counts sum(List<DocumentPair> docs, Function<DocumentPair, Counts> perDocument) {
    return docs.stream().map(perDocument).reduce(Counts.ZERO, Counts::plus);
  }
}
