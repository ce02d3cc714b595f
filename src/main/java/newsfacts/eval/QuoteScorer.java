package newsfacts.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import newsfacts.model.DocumentAnnotations;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;

/**
 * Quotes: a prediction matches a gold quote when it covers at least a share t of the gold span's
 * characters (t = 0.3 and 0.8, as the Gender Gap Tracker reports), or has exactly its span.
 * Per kind (gold and prediction of that kind) and overall (any kind). On the 0.3 matches: kind
 * and speaker accuracy (speaker names compared after normalisation). End to end: a 0.3 match
 * whose speaker is right. Beside the canonical name, the speaker mention: right when the predicted
 * and gold source mentions overlap, or when neither side has one; corpora that annotate source
 * mentions rather than canonical names (their speaker column repeats the mention's text) are
 * scored on this one.
 */
final class QuoteScorer {
  static final String LAYER = "quotes";

  private QuoteScorer() {}

  static LayerScore score(List<DocumentPair> docs) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    for (double t : new double[] {0.3, 0.8, 1.0}) {
      String metric = t == 1.0 ? "span_exact" : String.format(Locale.ROOT, "span_%.1f", t);
      for (QuoteKind kind : QuoteKind.values()) {
        out.score(metric, kind.label(), DocumentPair.sum(docs,
            d -> OneToOne.match(ofKind(d.gold(), kind), ofKind(d.pred(), kind), coverage(t)).counts()));
      }
      out.score(metric, "ALL", DocumentPair.sum(docs,
          d -> OneToOne.match(d.gold().quotes(), d.pred().quotes(), coverage(t)).counts()));
    }
    Counts kinds = Counts.ZERO;
    Counts speakers = Counts.ZERO;
    Counts mentions = Counts.ZERO;
    for (DocumentPair d : docs) {
      var loose = OneToOne.match(d.gold().quotes(), d.pred().quotes(), coverage(0.3));
      kinds = kinds.plus(kindAccuracy(out, d.docId(), loose));
      speakers = speakers.plus(speakerAccuracy(out, d.docId(), loose));
      mentions = mentions.plus(mentionAccuracy(out, d.docId(), loose));
      leftovers(out, d.docId(), loose);
    }
    out.accuracy("kind_accuracy", "ALL", kinds.tp(), kinds.fp());
    out.accuracy("speaker_accuracy", "ALL", speakers.tp(), speakers.fp());
    int gold = docs.stream().mapToInt(d -> d.gold().quotes().size()).sum();
    int pred = docs.stream().mapToInt(d -> d.pred().quotes().size()).sum();
    out.score("end_to_end_0.3", "ALL", endToEnd(speakers.tp(), gold, pred));
    out.accuracy("speaker_mention_accuracy", "ALL", mentions.tp(), mentions.fp());
    out.score("end_to_end_mention_0.3", "ALL", endToEnd(mentions.tp(), gold, pred));
    joined(out, docs);
    return out.build();
  }

  /**
   * The 0.3 span and end-to-end-by-mention measures with continuations joined to their head, as
   * corpora with one row per attribution count them ({@link JoinedQuotes}); extra rows, the
   * plain ones are unchanged.
   */
  private static void joined(LayerScore.Builder out, List<DocumentPair> docs) {
    Counts spans = Counts.ZERO;
    int rightMentions = 0;
    for (DocumentPair d : docs) {
      JoinedQuotes.Result r = JoinedQuotes.match(d.gold().quotes(), d.pred().quotes(), 0.3);
      spans = spans.plus(r.counts());
      rightMentions += (int) r.matching().pairs().stream().filter(p -> sameMention(p.gold(), p.pred())).count();
    }
    out.score("span_0.3_joined", "ALL", spans);
    out.score("end_to_end_mention_0.3_joined", "ALL",
        new Counts(rightMentions, spans.tp() + spans.fp() - rightMentions, spans.tp() + spans.fn() - rightMentions));
  }

  /**
   * End to end on the 0.3 matches themselves (as TempEval-3 attribute F1): a match with a wrong
   * speaker is a false positive and a false negative, and a second guess at the same quote cannot
   * rescue it.
   */
  private static Counts endToEnd(int right, int gold, int pred) {
    return new Counts(right, pred - right, gold - right);
  }

  private static List<Quote> ofKind(DocumentAnnotations doc, QuoteKind kind) {
    return doc.quotes().stream().filter(q -> q.kind() == kind).toList();
  }

  /** Right (tp) and wrong (fp) kinds among the 0.3 matches. */
  private static Counts kindAccuracy(LayerScore.Builder out, String docId, OneToOne.Matching<Quote, Quote> loose) {
    int right = 0;
    for (var pair : loose.pairs()) {
      Quote g = pair.gold();
      if (g.kind() == pair.pred().kind()) {
        right++;
      } else {
        out.error(docId, "wrong_kind", g.span().begin(), g.span().end(), g.text(), g.kind().label(),
            pair.pred().kind().label());
      }
    }
    return new Counts(right, loose.pairs().size() - right, 0);
  }

  /** Right (tp) and wrong (fp) speakers among the 0.3 matches; a match is the article's end-to-end tp or fp + fn. */
  private static Counts speakerAccuracy(LayerScore.Builder out, String docId, OneToOne.Matching<Quote, Quote> loose) {
    int right = 0;
    for (var pair : loose.pairs()) {
      Quote g = pair.gold();
      if (sameSpeaker(g, pair.pred())) {
        right++;
        out.document(docId, new Counts(1, 0, 0));
      } else {
        out.error(docId, "wrong_speaker", g.span().begin(), g.span().end(), g.text(), g.speaker(), pair.pred().speaker());
        out.document(docId, new Counts(0, 1, 1));
      }
    }
    return new Counts(right, loose.pairs().size() - right, 0);
  }

  /** Right (tp) and wrong (fp) speaker mentions among the 0.3 matches. */
  private static Counts mentionAccuracy(LayerScore.Builder out, String docId, OneToOne.Matching<Quote, Quote> loose) {
    int right = 0;
    for (var pair : loose.pairs()) {
      Quote g = pair.gold();
      if (sameMention(g, pair.pred())) {
        right++;
      } else {
        out.error(docId, "wrong_speaker_mention", g.span().begin(), g.span().end(), g.text(), mention(g),
            mention(pair.pred()));
      }
    }
    return new Counts(right, loose.pairs().size() - right, 0);
  }

  /** The mentions overlap, or neither side names a source; one side without a mention is wrong. */
  static boolean sameMention(Quote g, Quote p) {
    if (g.speakerMention().isEmpty() || p.speakerMention().isEmpty()) {
      return g.speakerMention().isEmpty() && p.speakerMention().isEmpty();
    }
    return g.speakerMention().get().overlaps(p.speakerMention().get());
  }

  /** "he [154,156)" for errors.csv; empty when the quote has no speaker mention. */
  private static String mention(Quote q) {
    return q.speakerMention().map(m -> q.speakerText() + " [" + m.begin() + "," + m.end() + ")").orElse("");
  }

  private static void leftovers(LayerScore.Builder out, String docId, OneToOne.Matching<Quote, Quote> loose) {
    for (Quote g : loose.missed()) {
      out.document(docId, new Counts(0, 0, 1));
      out.error(docId, "missed", g.span().begin(), g.span().end(), g.text(), g.kind().label() + " / " + g.speaker(), "");
    }
    for (Quote p : loose.spurious()) {
      out.document(docId, new Counts(0, 1, 0));
      out.error(docId, "spurious", p.span().begin(), p.span().end(), p.text(), "", p.kind().label() + " / " + p.speaker());
    }
  }

  private static boolean sameSpeaker(Quote g, Quote p) {
    return Names.normalise(g.speaker()).equals(Names.normalise(p.speaker()));
  }

  /** Share of the gold span covered by the prediction, if at least the threshold, else 0. */
  static ToDoubleBiFunction<Quote, Quote> coverage(double threshold) {
    return (g, p) -> {
      if (threshold >= 1.0) {
        return g.span().equals(p.span()) ? 1 : 0;
      }
      double share = g.span().length() == 0 ? 0 : (double) g.span().overlapLength(p.span()) / g.span().length();
      return share >= threshold ? share : 0;
    };
  }
}
