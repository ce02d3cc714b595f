package newsfacts.eval;

import java.util.List;
import newsfacts.model.DocDate;

/** Publication dates: a document counts as right when its doc_date equals the reference's. */
final class DocumentScorer {
  static final String LAYER = "documents";

  private DocumentScorer() {}

  /** Over the articles the reference gives a date row; no prediction row means an empty date. */
  static LayerScore score(List<DocumentPair> docs) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    int right = 0;
    int wrong = 0;
    for (DocumentPair d : docs) {
      if (d.gold().docDate().isEmpty()) {
        continue;
      }
      String expected = d.gold().docDate().get().value();
      String got = d.pred().docDate().map(DocDate::value).orElse("");
      if (got.equals(expected)) {
        right++;
        out.document(d.docId(), new Counts(1, 0, 0));
      } else {
        wrong++;
        out.document(d.docId(), new Counts(0, 1, 0));
        out.error(d.docId(), "wrong_doc_date", -1, -1, "", expected, got);
      }
    }
    return out.accuracy("doc_date", "ALL", right, wrong).build();
  }
}
