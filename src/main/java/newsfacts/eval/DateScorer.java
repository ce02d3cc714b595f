package newsfacts.eval;

import java.util.List;
import java.util.TreeSet;

/**
 * Time expressions, after TempEval-3: extraction strict (same span) and relaxed (overlap); type
 * and value accuracy on relaxed matches; value F1, where a relaxed match with the right value is
 * a true positive (per type, where gold and prediction must agree on the type, and overall).
 */
public final class DateScorer {
  static final String LAYER = "dates";

  private DateScorer() {}

  static LayerScore score(List<Items.Date> gold, List<Items.Date> pred) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    out.score("strict", "ALL", OneToOne.match(gold, pred, DateScorer::sameSpan).counts());
    var relaxed = OneToOne.match(gold, pred, DateScorer::overlap);
    out.score("relaxed", "ALL", relaxed.counts());
    int typeRight = 0;
    int valueRight = 0;
    for (var pair : relaxed.pairs()) {
      Items.Date g = pair.gold();
      Items.Date p = pair.pred();
      if (g.type().equals(p.type())) {
        typeRight++;
      } else {
        out.error(g.docId(), "wrong_type", g.span().begin(), g.span().end(), g.text(), g.type(), p.type());
      }
      if (g.value().equals(p.value())) {
        valueRight++;
        out.document(g.docId(), new Counts(1, 0, 0));
      } else {
        out.error(g.docId(), "wrong_value", g.span().begin(), g.span().end(), g.text(), g.value(),
            p.value() + (p.text().equals(g.text()) ? "" : " (" + p.text() + ")"));
        out.document(g.docId(), new Counts(0, 1, 1));
      }
    }
    int matched = relaxed.pairs().size();
    out.accuracy("type_accuracy", "ALL", typeRight, matched - typeRight);
    out.accuracy("value_accuracy", "ALL", valueRight, matched - valueRight);
    TreeSet<String> types = new TreeSet<>();
    gold.forEach(d -> types.add(d.type()));
    pred.forEach(d -> types.add(d.type()));
    for (String type : types) {
      List<Items.Date> g = gold.stream().filter(d -> d.type().equals(type)).toList();
      List<Items.Date> p = pred.stream().filter(d -> d.type().equals(type)).toList();
      var m = OneToOne.match(g, p, DateScorer::overlap);
      int right = (int) m.pairs().stream().filter(pr -> pr.gold().value().equals(pr.pred().value())).count();
      out.score("value", type, new Counts(right, p.size() - right, g.size() - right));
    }
    out.score("value", "ALL", new Counts(valueRight, pred.size() - valueRight, gold.size() - valueRight));
    for (Items.Date g : relaxed.missed()) {
      out.error(g.docId(), "missed", g.span().begin(), g.span().end(), g.text(), g.type() + " " + g.value(), "");
      out.document(g.docId(), new Counts(0, 0, 1));
    }
    for (Items.Date p : relaxed.spurious()) {
      out.error(p.docId(), "spurious", p.span().begin(), p.span().end(), p.text(), "", p.type() + " " + p.value());
      out.document(p.docId(), new Counts(0, 1, 0));
    }
    return out.build();
  }

  private static double sameSpan(Items.Date g, Items.Date p) {
    return g.docId().equals(p.docId()) && g.span().equals(p.span()) ? 1 : 0;
  }

  private static double overlap(Items.Date g, Items.Date p) {
    return g.docId().equals(p.docId()) ? g.span().overlapLength(p.span()) : 0;
  }
}
