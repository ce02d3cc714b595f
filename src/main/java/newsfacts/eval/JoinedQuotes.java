package newsfacts.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import newsfacts.model.CharSpan;
import newsfacts.model.Quote;

/**
 * Quotes matched as corpora that keep one row per attribution count them. The scheme (v1.2) gives
 * '"A," she said. "B."' two rows, A with the cue and B as a continuation (same speaker, no cue);
 * PolNeAR annotates one attribution whose content runs from A to B. Here a prediction with the
 * continuations that follow it (same speaker, no cue, in text order) covers a gold quote by the
 * union of their spans inside it, and a continuation left unmatched inside the gold quote its head
 * matched is part of that match: neither a second true positive nor a false positive. Gold that
 * keeps B as its own row still matches B one to one, so on a gold set that follows the scheme the
 * figures equal the plain ones.
 */
final class JoinedQuotes {
  /** Share of a continuation's own span that must lie inside its head's gold quote to be absorbed. */
  private static final double INSIDE = 0.5;

  private JoinedQuotes() {}

  /** The one-to-one matching at coverage {@code threshold}, and the continuations it absorbed. */
  record Result(OneToOne.Matching<Quote, Quote> matching, int absorbed) {
    Counts counts() {
      Counts c = matching.counts();
      return new Counts(c.tp(), c.fp() - absorbed, c.fn());
    }
  }

  static Result match(List<Quote> gold, List<Quote> pred, double threshold) {
    Map<Quote, List<Quote>> continuations = continuations(pred);
    ToDoubleBiFunction<Quote, Quote> affinity = (g, p) -> {
      List<CharSpan> parts = new ArrayList<>();
      parts.add(p.span());
      continuations.getOrDefault(p, List.of()).stream().map(Quote::span).forEach(parts::add);
      double share = g.span().length() == 0 ? 0 : (double) coveredLength(g.span(), parts) / g.span().length();
      return share >= threshold ? share : 0;
    };
    OneToOne.Matching<Quote, Quote> matching = OneToOne.match(gold, pred, affinity);
    int absorbed = 0;
    for (Quote spurious : matching.spurious()) {
      if (absorbedBy(spurious, matching.pairs(), continuations)) {
        absorbed++;
      }
    }
    return new Result(matching, absorbed);
  }

  /** Each prediction with a cue, mapped to the cue-less predictions of its speaker that follow it. */
  private static Map<Quote, List<Quote>> continuations(List<Quote> pred) {
    List<Quote> ordered = pred.stream().sorted(Comparator.comparing(Quote::span)).toList();
    Map<Quote, List<Quote>> chains = new IdentityHashMap<>();
    Quote head = null;
    for (Quote q : ordered) {
      boolean continues = q.cue().isBlank() && head != null && head.speaker().equals(q.speaker());
      if (continues) {
        chains.computeIfAbsent(head, h -> new ArrayList<>()).add(q);
      } else {
        head = q;
      }
    }
    return chains;
  }

  private static boolean absorbedBy(Quote part, List<OneToOne.Pair<Quote, Quote>> pairs,
      Map<Quote, List<Quote>> continuations) {
    for (var pair : pairs) {
      boolean ofThisHead = continuations.getOrDefault(pair.pred(), List.of()).stream().anyMatch(c -> c == part);
      if (ofThisHead && pair.gold().span().overlapLength(part.span()) >= INSIDE * part.span().length()) {
        return true;
      }
    }
    return false;
  }

  /** Characters of {@code target} covered by the union of {@code parts}. */
  static int coveredLength(CharSpan target, List<CharSpan> parts) {
    List<CharSpan> clipped = parts.stream()
        .filter(target::overlaps)
        .map(s -> new CharSpan(Math.max(s.begin(), target.begin()), Math.min(s.end(), target.end())))
        .sorted()
        .toList();
    int covered = 0;
    int reached = target.begin();
    for (CharSpan s : clipped) {
      int from = Math.max(s.begin(), reached);
      if (s.end() > from) {
        covered += s.end() - from;
        reached = s.end();
      }
    }
    return covered;
  }
}
