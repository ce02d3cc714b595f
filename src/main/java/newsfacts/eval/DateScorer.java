package newsfacts.eval;

import java.util.List;
import java.util.TreeSet;
import newsfacts.model.Timex;

/**
 * Time expressions, after TempEval-3: extraction strict (same span) and relaxed (overlap); type
 * and value accuracy on relaxed matches; value F1, where a relaxed match with the right value is
 * a true positive (per type, where gold and prediction must agree on the type, and overall).
 */
final class DateScorer {
  /** "2000-W6", "2000-W6-WE", "1998-W7-3": a week of one digit. */
  private static final java.util.regex.Pattern SINGLE_DIGIT_WEEK =
      java.util.regex.Pattern.compile("^(\\d{4})-W(\\d)(?!\\d)");
  /** "198X", a decade as some gold writes it; TIMEX3 writes "198". */
  private static final java.util.regex.Pattern DECADE_WITH_X = java.util.regex.Pattern.compile("^(\\d{3})X$");

  static final String LAYER = "dates";

  private DateScorer() {}

  static LayerScore score(List<DocumentPair> docs) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    out.score("strict", "ALL", DocumentPair.sum(docs,
        d -> OneToOne.match(d.gold().dates(), d.pred().dates(), DateScorer::sameSpan).counts()));
    out.score("relaxed", "ALL", DocumentPair.sum(docs, d -> relaxed(d).counts()));
    Counts types = Counts.ZERO;
    Counts values = Counts.ZERO;
    for (DocumentPair d : docs) {
      var relaxed = relaxed(d);
      types = types.plus(typeAccuracy(out, d.docId(), relaxed));
      values = values.plus(valueAccuracy(out, d.docId(), relaxed));
      for (Timex g : relaxed.missed()) {
        out.error(d.docId(), "missed", g.span().begin(), g.span().end(), g.text(), g.type() + " " + g.value(), "");
        out.document(d.docId(), new Counts(0, 0, 1));
      }
      for (Timex p : relaxed.spurious()) {
        out.error(d.docId(), "spurious", p.span().begin(), p.span().end(), p.text(), "", p.type() + " " + p.value());
        out.document(d.docId(), new Counts(0, 1, 0));
      }
    }
    out.accuracy("type_accuracy", "ALL", types.tp(), types.fp());
    out.accuracy("value_accuracy", "ALL", values.tp(), values.fp());
    valueScores(out, docs, values.tp());
    return out.build();
  }

  private static OneToOne.Matching<Timex, Timex> relaxed(DocumentPair d) {
    return OneToOne.match(d.gold().dates(), d.pred().dates(), DateScorer::overlap);
  }

  /** Right (tp) and wrong (fp) types among the relaxed matches. */
  private static Counts typeAccuracy(LayerScore.Builder out, String docId, OneToOne.Matching<Timex, Timex> relaxed) {
    int right = 0;
    for (var pair : relaxed.pairs()) {
      Timex g = pair.gold();
      if (g.type().equals(pair.pred().type())) {
        right++;
      } else {
        out.error(docId, "wrong_type", g.span().begin(), g.span().end(), g.text(), g.type().name(), pair.pred().type().name());
      }
    }
    return new Counts(right, relaxed.pairs().size() - right, 0);
  }

  /** Right (tp) and wrong (fp) values among the relaxed matches; a match is the article's value tp or fp + fn. */
  private static Counts valueAccuracy(LayerScore.Builder out, String docId, OneToOne.Matching<Timex, Timex> relaxed) {
    int right = 0;
    for (var pair : relaxed.pairs()) {
      Timex g = pair.gold();
      Timex p = pair.pred();
      if (sameValue(g.value(), p.value())) {
        right++;
        out.document(docId, new Counts(1, 0, 0));
      } else {
        out.error(docId, "wrong_value", g.span().begin(), g.span().end(), g.text(), g.value(),
            p.value() + (p.text().equals(g.text()) ? "" : " (" + p.text() + ")"));
        out.document(docId, new Counts(0, 1, 1));
      }
    }
    return new Counts(right, relaxed.pairs().size() - right, 0);
  }

  /**
   * Whether two TIMEX3 values name the same time. ISO 8601 writes week numbers with two digits;
   * some gold writes "2000-W6" for "2000-W06", which is the same week and counts as equal. TIMEX3
   * writes a decade with its first three digits ("the 1980s": "198"); some gold writes "198X", the
   * same decade. Values of other granularity ("1994" against "1994-XX-XX") stay different.
   */
  static boolean sameValue(String gold, String pred) {
    return gold.equals(pred) || canonical(gold).equals(canonical(pred));
  }

  private static String canonical(String value) {
    return DECADE_WITH_X.matcher(padWeek(value)).replaceFirst("$1");
  }

  private static String padWeek(String value) {
    return SINGLE_DIGIT_WEEK.matcher(value).replaceFirst("$1-W0$2");
  }

  /** Value F1 per type (gold and prediction of that type) and overall. */
  private static void valueScores(LayerScore.Builder out, List<DocumentPair> docs, int valueRight) {
    TreeSet<String> types = new TreeSet<>();
    for (DocumentPair d : docs) {
      d.gold().dates().forEach(t -> types.add(t.type().name()));
      d.pred().dates().forEach(t -> types.add(t.type().name()));
    }
    for (String type : types) {
      out.score("value", type, DocumentPair.sum(docs, d -> {
        List<Timex> g = d.gold().dates().stream().filter(t -> t.type().name().equals(type)).toList();
        List<Timex> p = d.pred().dates().stream().filter(t -> t.type().name().equals(type)).toList();
        var m = OneToOne.match(g, p, DateScorer::overlap);
        int right = (int) m.pairs().stream().filter(pr -> sameValue(pr.gold().value(), pr.pred().value())).count();
        return new Counts(right, p.size() - right, g.size() - right);
      }));
    }
    int gold = docs.stream().mapToInt(d -> d.gold().dates().size()).sum();
    int pred = docs.stream().mapToInt(d -> d.pred().dates().size()).sum();
    out.score("value", "ALL", new Counts(valueRight, pred - valueRight, gold - valueRight));
  }

  private static double sameSpan(Timex g, Timex p) {
    return g.span().equals(p.span()) ? 1 : 0;
  }

  private static double overlap(Timex g, Timex p) {
    return g.span().overlapLength(p.span());
  }
}
