package newsfacts.eval;

import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * Entities, after SemEval-2013 task 9.1: strict (same span and type), exact (same span, any
 * type) and partial (overlapping spans, same type), per type, micro (ALL) and macro averaged.
 */
public final class EntityScorer {
  static final String LAYER = "entities";

  private EntityScorer() {}

  static LayerScore score(List<Items.Entity> gold, List<Items.Entity> pred) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    TreeSet<String> types = new TreeSet<>();
    gold.forEach(e -> types.add(e.type()));
    pred.forEach(e -> types.add(e.type()));
    for (String metric : List.of("strict", "partial")) {
      for (String type : types) {
        List<Items.Entity> g = gold.stream().filter(e -> e.type().equals(type)).toList();
        List<Items.Entity> p = pred.stream().filter(e -> e.type().equals(type)).toList();
        out.score(metric, type, OneToOne.match(g, p, affinity(metric)).counts());
      }
      out.score(metric, "ALL", OneToOne.match(gold, pred, affinity(metric)).counts());
      out.macro(metric);
    }
    out.score("exact", "ALL", OneToOne.match(gold, pred, affinity("exact")).counts());
    OneToOne.Matching<Items.Entity, Items.Entity> strict = OneToOne.match(gold, pred, affinity("strict"));
    strict.pairs().forEach(pair -> out.document(pair.gold().docId(), new Counts(1, 0, 0)));
    strict.missed().forEach(e -> out.document(e.docId(), new Counts(0, 0, 1)));
    strict.spurious().forEach(e -> out.document(e.docId(), new Counts(0, 1, 0)));
    subtypeAccuracy(out, strict);
    explainErrors(out, strict);
    return out.build();
  }

  private static void subtypeAccuracy(LayerScore.Builder out, OneToOne.Matching<Items.Entity, Items.Entity> strict) {
    int correct = 0;
    int wrong = 0;
    for (var pair : strict.pairs()) {
      if (pair.gold().type().equals("LOCATION")) {
        if (pair.gold().subtype().equals(pair.pred().subtype())) {
          correct++;
        } else {
          wrong++;
        }
      }
    }
    out.accuracy("subtype_accuracy", "LOCATION", correct, wrong);
    for (var pair : strict.pairs()) {
      if (pair.gold().type().equals("LOCATION") && !pair.gold().subtype().equals(pair.pred().subtype())) {
        Items.Entity g = pair.gold();
        out.error(g.docId(), "wrong_subtype", g.span().begin(), g.span().end(), g.text(), g.subtype(), pair.pred().subtype());
      }
    }
  }

  /** Leftovers of the strict matching, paired by overlap, become wrong type or wrong span errors. */
  private static void explainErrors(LayerScore.Builder out, OneToOne.Matching<Items.Entity, Items.Entity> strict) {
    var near = OneToOne.match(strict.missed(), strict.spurious(), affinity("overlap"));
    for (var pair : near.pairs()) {
      Items.Entity g = pair.gold();
      Items.Entity p = pair.pred();
      String error = g.span().equals(p.span()) ? "wrong_type" : g.type().equals(p.type()) ? "wrong_span" : "wrong_span_and_type";
      out.error(g.docId(), error, g.span().begin(), g.span().end(), g.text(), g.text() + " / " + g.type(),
          p.text() + " / " + p.type() + " @" + p.span().begin());
    }
    near.missed().forEach(g -> out.error(g.docId(), "missed", g.span().begin(), g.span().end(), g.text(), g.type(), ""));
    near.spurious().forEach(p -> out.error(p.docId(), "spurious", p.span().begin(), p.span().end(), p.text(), "", p.type()));
  }

  private static ToDoubleBiFunction<Items.Entity, Items.Entity> affinity(String metric) {
    return (g, p) -> {
      if (!g.docId().equals(p.docId())) {
        return 0;
      }
      return switch (metric) {
        case "strict" -> g.span().equals(p.span()) && g.type().equals(p.type()) ? 1 : 0;
        case "exact" -> g.span().equals(p.span()) ? 1 : 0;
        case "partial" -> g.type().equals(p.type()) ? g.span().overlapLength(p.span()) : 0;
        default -> g.span().overlapLength(p.span());
      };
    };
  }
}
