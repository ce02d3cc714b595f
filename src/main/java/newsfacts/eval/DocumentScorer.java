package newsfacts.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Publication dates: a document counts as right when its doc_date equals the reference's. */
public final class DocumentScorer {
  private DocumentScorer() {}

  static LayerScore score(List<Items.Document> gold, List<Items.Document> pred) {
    LayerScore.Builder out = new LayerScore.Builder("documents");
    Map<String, Items.Document> predicted =
        pred.stream().collect(Collectors.toMap(Items.Document::docId, Function.identity(), (a, b) -> a));
    int right = 0;
    int wrong = 0;
    for (Items.Document g : gold) {
      Items.Document p = predicted.get(g.docId());
      String got = p == null ? "" : p.docDate();
      if (got.equals(g.docDate())) {
        right++;
        out.document(g.docId(), new Counts(1, 0, 0));
      } else {
        wrong++;
        out.document(g.docId(), new Counts(0, 1, 0));
        out.error(g.docId(), "wrong_doc_date", -1, -1, "", g.docDate(), got);
      }
    }
    return out.accuracy("doc_date", "ALL", right, wrong).build();
  }
}
