package newsfacts.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * Quotes: a prediction matches a gold quote when it covers at least a share t of the gold span's
 * characters (t = 0.3 and 0.8, as the Gender Gap Tracker reports), or has exactly its span.
 * Per kind (gold and prediction of that kind) and overall (any kind). On the 0.3 matches: kind
 * and speaker accuracy (speaker names compared after normalisation). End to end: a 0.3 match
 * whose speaker is right.
 */
public final class QuoteScorer {
  static final String LAYER = "quotes";
  private static final List<String> KINDS = List.of("direct", "indirect", "mixed");

  private QuoteScorer() {}

  static LayerScore score(List<Items.Quote> gold, List<Items.Quote> pred) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    for (double t : new double[] {0.3, 0.8, 1.0}) {
      String metric = t == 1.0 ? "span_exact" : String.format(Locale.ROOT, "span_%.1f", t);
      for (String kind : KINDS) {
        List<Items.Quote> g = gold.stream().filter(q -> q.kind().equals(kind)).toList();
        List<Items.Quote> p = pred.stream().filter(q -> q.kind().equals(kind)).toList();
        out.score(metric, kind, OneToOne.match(g, p, coverage(t)).counts());
      }
      out.score(metric, "ALL", OneToOne.match(gold, pred, coverage(t)).counts());
    }
    var loose = OneToOne.match(gold, pred, coverage(0.3));
    int kindRight = 0;
    int speakerRight = 0;
    for (var pair : loose.pairs()) {
      Items.Quote g = pair.gold();
      Items.Quote p = pair.pred();
      if (g.kind().equals(p.kind())) {
        kindRight++;
      } else {
        out.error(g.docId(), "wrong_kind", g.span().begin(), g.span().end(), g.text(), g.kind(), p.kind());
      }
      if (sameSpeaker(g, p)) {
        speakerRight++;
      } else {
        out.error(g.docId(), "wrong_speaker", g.span().begin(), g.span().end(), g.text(), g.speaker(), p.speaker());
      }
    }
    int matched = loose.pairs().size();
    out.accuracy("kind_accuracy", "ALL", kindRight, matched - kindRight);
    out.accuracy("speaker_accuracy", "ALL", speakerRight, matched - speakerRight);
    // End to end on the 0.3 matches themselves (as TempEval-3 attribute F1): a wrong-speaker match
    // is a false positive and a false negative, and a second guess at the same quote cannot rescue it.
    out.score("end_to_end_0.3", "ALL", new Counts(speakerRight, pred.size() - speakerRight, gold.size() - speakerRight));
    loose.pairs().forEach(pair -> out.document(pair.gold().docId(),
        sameSpeaker(pair.gold(), pair.pred()) ? new Counts(1, 0, 0) : new Counts(0, 1, 1)));
    loose.missed().forEach(g -> out.document(g.docId(), new Counts(0, 0, 1)));
    loose.spurious().forEach(p -> out.document(p.docId(), new Counts(0, 1, 0)));
    for (Items.Quote g : loose.missed()) {
      out.error(g.docId(), "missed", g.span().begin(), g.span().end(), g.text(), g.kind() + " / " + g.speaker(), "");
    }
    for (Items.Quote p : loose.spurious()) {
      out.error(p.docId(), "spurious", p.span().begin(), p.span().end(), p.text(), "", p.kind() + " / " + p.speaker());
    }
    return out.build();
  }

  private static boolean sameSpeaker(Items.Quote g, Items.Quote p) {
    return Names.normalise(g.speaker()).equals(Names.normalise(p.speaker()));
  }

  /** Share of the gold span covered by the prediction, if at least the threshold, else 0. */
  static ToDoubleBiFunction<Items.Quote, Items.Quote> coverage(double threshold) {
    return (g, p) -> {
      if (!g.docId().equals(p.docId())) {
        return 0;
      }
      if (threshold >= 1.0) {
        return g.span().equals(p.span()) ? 1 : 0;
      }
      double share = g.span().length() == 0 ? 0 : (double) g.span().overlapLength(p.span()) / g.span().length();
      return share >= threshold ? share : 0;
    };
  }
}
