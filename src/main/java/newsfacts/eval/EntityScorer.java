package newsfacts.eval;

import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * Entities, after SemEval-2013 task 9.1: strict (same span and type), exact (same span, any
 * type) and partial (overlapping spans, same type), per type, micro (ALL) and macro averaged.
 */
final class EntityScorer {
  static final String LAYER = "entities";

  private EntityScorer() {}

  static LayerScore score(List<DocumentPair> docs) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    TreeSet<String> types = new TreeSet<>();
    for (DocumentPair d : docs) {
      d.gold().entities().forEach(e -> types.add(e.type().name()));
      d.pred().entities().forEach(e -> types.add(e.type().name()));
    }
    for (String metric : List.of("strict", "partial")) {
      for (String type : types) {
        out.score(metric, type, DocumentPair.sum(docs,
            d -> OneToOne.match(ofType(d.gold(), type), ofType(d.pred(), type), affinity(metric)).counts()));
      }
      out.score(metric, "ALL", DocumentPair.sum(docs, d -> match(d, metric).counts()));
      out.macro(metric);
    }
    out.score("exact", "ALL", DocumentPair.sum(docs, d -> match(d, "exact").counts()));
    Counts subtypes = Counts.ZERO;
    for (DocumentPair d : docs) {
      OneToOne.Matching<EntityMention, EntityMention> strict = match(d, "strict");
      strict.pairs().forEach(pair -> out.document(d.docId(), new Counts(1, 0, 0)));
      strict.missed().forEach(e -> out.document(d.docId(), new Counts(0, 0, 1)));
      strict.spurious().forEach(e -> out.document(d.docId(), new Counts(0, 1, 0)));
      subtypes = subtypes.plus(subtypeAccuracy(out, d.docId(), strict));
      explainErrors(out, d.docId(), strict);
    }
    out.accuracy("subtype_accuracy", "LOCATION", subtypes.tp(), subtypes.fp());
    return out.build();
  }

  private static List<EntityMention> ofType(DocumentAnnotations doc, String type) {
    return doc.entities().stream().filter(e -> e.type().name().equals(type)).toList();
  }

  private static OneToOne.Matching<EntityMention, EntityMention> match(DocumentPair d, String metric) {
    return OneToOne.match(d.gold().entities(), d.pred().entities(), affinity(metric));
  }

  /** Right (tp) and wrong (fp) subtypes of the strictly matched locations. */
  private static Counts subtypeAccuracy(
      LayerScore.Builder out, String docId, OneToOne.Matching<EntityMention, EntityMention> strict) {
    int correct = 0;
    int wrong = 0;
    for (var pair : strict.pairs()) {
      EntityMention g = pair.gold();
      if (g.type() != EntityType.LOCATION) {
        continue;
      }
      if (g.subtype().equals(pair.pred().subtype())) {
        correct++;
      } else {
        wrong++;
        out.error(docId, "wrong_subtype", g.span().begin(), g.span().end(), g.text(), g.subtype().map(Enum::name).orElse(""),
            pair.pred().subtype().map(Enum::name).orElse(""));
      }
    }
    return new Counts(correct, wrong, 0);
  }

  /** Leftovers of the strict matching, paired by overlap, become wrong type or wrong span errors. */
  private static void explainErrors(
      LayerScore.Builder out, String docId, OneToOne.Matching<EntityMention, EntityMention> strict) {
    var near = OneToOne.match(strict.missed(), strict.spurious(), affinity("overlap"));
    for (var pair : near.pairs()) {
      EntityMention g = pair.gold();
      EntityMention p = pair.pred();
      String error = g.span().equals(p.span()) ? "wrong_type" : g.type() == p.type() ? "wrong_span" : "wrong_span_and_type";
      out.error(docId, error, g.span().begin(), g.span().end(), g.text(), g.text() + " / " + g.type(),
          p.text() + " / " + p.type() + " @" + p.span().begin());
    }
    near.missed().forEach(g -> out.error(docId, "missed", g.span().begin(), g.span().end(), g.text(), g.type().name(), ""));
    near.spurious().forEach(p -> out.error(docId, "spurious", p.span().begin(), p.span().end(), p.text(), "", p.type().name()));
  }

  private static ToDoubleBiFunction<EntityMention, EntityMention> affinity(String metric) {
    return (g, p) -> switch (metric) {
      case "strict" -> g.span().equals(p.span()) && g.type() == p.type() ? 1 : 0;
      case "exact" -> g.span().equals(p.span()) ? 1 : 0;
      case "partial" -> g.type() == p.type() ? g.span().overlapLength(p.span()) : 0;
      default -> g.span().overlapLength(p.span());
    };
  }
}
