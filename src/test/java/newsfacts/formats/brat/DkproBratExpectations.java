package newsfacts.formats.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.formats.brat.DkproBrat.Arc;
import newsfacts.formats.brat.DkproBrat.Doc;
import newsfacts.formats.brat.DkproBrat.Span;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.tables.CodePoints;

/**
 * What DKPro's CAS must hold for one of our articles, stated from the tables, not from the .ann:
 * each annotation as brat fragments (cut at line breaks, as brat does), offsets our code points,
 * covered text the table's text; attributes on every fragment, notes on the last.
 */
final class DkproBratExpectations {
  private final ArticleResult result;
  private final CodePoints cp;
  private final boolean textChecked;
  private final List<Span> all;
  private final List<Span> left;
  private final List<Arc> arcsLeft;

  private DkproBratExpectations(ArticleResult result, Doc doc, boolean textChecked) {
    this.result = result;
    this.cp = CodePoints.of(result.text());
    this.textChecked = textChecked;
    this.all = doc.spans();
    this.left = new ArrayList<>(doc.spans());
    this.arcsLeft = new ArrayList<>(doc.arcs());
  }

  /** textChecked: compare the CAS's covered text too (false where the text has pairs DKPro counts as two). */
  static void assertArrived(ArticleResult result, Doc doc, boolean textChecked) {
    DkproBratExpectations e = new DkproBratExpectations(result, doc, textChecked);
    String id = result.document().docId();
    for (EntityMention m : result.entities()) {
      Map<String, String> features = new HashMap<>();
      m.subtype().ifPresent(s -> features.put(BratScheme.SUBTYPE, s.name()));
      if (!m.canonical().equals(m.text())) {
        features.put("canonical", m.canonical());
      }
      e.take(m.type().name(), m.span(), features);
    }
    for (Timex t : result.dates()) {
      e.take(t.type().name(), t.span(), t.value().isEmpty() ? Map.of() : Map.of("value", t.value()));
    }
    Set<CharSpan> sources = new LinkedHashSet<>();
    for (Quote q : result.quotes()) {
      e.take(BratScheme.QUOTE, q.span(), null);
      q.speakerMention().ifPresent(sources::add);
    }
    sources.forEach(s -> e.take(BratScheme.SOURCE, s, Map.of()));
    result.quotes().forEach(e::quoteArcs);
    result.relations().forEach(e::relationArc);
    e.left.removeIf(s -> s.label().equals(BratScheme.CUE) || s.label().equals(BratScheme.ARGUMENT));
    assertEquals(List.of(), e.left, id + ": annotations DKPro read that the tables do not have");
    assertEquals(List.of(), e.arcsLeft, id + ": relations DKPro read that the tables do not have");
  }

  /** The annotation's fragments, taken from what is left; features null: not compared (quotes, below). */
  private Span take(String label, CharSpan span, Map<String, String> features) {
    List<CharSpan> fragments = fragments(span);
    Span last = null;
    for (CharSpan f : fragments) {
      int begin = cp.toCodePoint(f.begin());
      int end = cp.toCodePoint(f.end());
      Span found = left.stream().filter(s -> s.label().equals(label) && s.begin() == begin && s.end() == end)
          .findFirst().orElse(null);
      if (found == null) {
        fail(result.document().docId() + ": no " + label + " " + begin + "-" + end + " '" + f.of(result.text())
            + "' in " + left);
      }
      if (textChecked) {
        assertEquals(f.of(result.text()), found.covered(), label + " " + begin);
      }
      left.remove(found);
      last = found;
    }
    if (features != null) {
      assertEquals(features, last.features(), label + " " + span);
    }
    return last;
  }

  private void quoteArcs(Quote q) {
    Span quote = lastFragment(BratScheme.QUOTE, q.span());
    assertEquals(q.kind().label(), quote.features().get(BratScheme.KIND), q.toString());
    // DKPro keeps one note per annotation (the last written): the speaker, when no cue note follows it.
    if (quote.features().containsKey("speaker")) {
      assertEquals(q.speaker(), quote.features().get("speaker"), q.toString());
    }
    q.speakerMention().ifPresent(m -> {
      Arc arc = takeArc(BratScheme.HAS_SOURCE, quote, null);
      assertEquals(lastFragment(BratScheme.SOURCE, m), arc.dependent());
    });
    if (quote.features().containsKey("cue")) {
      assertEquals(q.cue(), quote.features().get("cue"));
    } else if (!q.cue().isEmpty()) {
      Span cue = takeArc(BratScheme.HAS_CUE, quote, null).dependent();
      assertEquals(BratScheme.CUE, cue.label());
      assertEquals(q.cue(), textChecked ? cue.covered() : cp.slice(cue.begin(), cue.end()), q.toString());
    }
  }

  private void relationArc(Relation r) {
    String evidence = cp.toCodePoint(r.evidence().begin()) + "-" + cp.toCodePoint(r.evidence().end());
    Arc arc = arcsLeft.stream().filter(a -> a.label().equals(BratScheme.relationType(r.relation()))
        && evidence.equals(a.evidence()) && r.subject().equals(name(a.governor()))
        && r.object().equals(name(a.dependent()))).findFirst().orElse(null);
    assertTrue(arc != null, result.document().docId() + ": no relation " + r + " among " + arcsLeft);
    arcsLeft.remove(arc);
  }

  private Arc takeArc(String label, Span governor, Span dependent) {
    Arc arc = arcsLeft.stream().filter(a -> a.label().equals(label) && a.governor().equals(governor)
        && (dependent == null || a.dependent().equals(dependent))).findFirst().orElse(null);
    assertTrue(arc != null, "no " + label + " from " + governor + " among " + arcsLeft);
    arcsLeft.remove(arc);
    return arc;
  }

  /** What a relation argument names: a canonical note, a date's value, else the text at its offsets. */
  private String name(Span s) {
    if (s.features().containsKey("canonical")) {
      return s.features().get("canonical");
    }
    boolean date = Arrays.stream(TimexType.values()).anyMatch(t -> t.name().equals(s.label()));
    return date ? s.features().get("value") : cp.slice(s.begin(), s.end());
  }

  /** The CAS annotation DKPro keeps for an id: its last fragment (looked up among all, taken or not). */
  private Span lastFragment(String label, CharSpan span) {
    List<CharSpan> fragments = fragments(span);
    CharSpan f = fragments.get(fragments.size() - 1);
    return all.stream().filter(s -> s.label().equals(label) && s.begin() == cp.toCodePoint(f.begin())
        && s.end() == cp.toCodePoint(f.end())).findFirst().orElseThrow(() -> new AssertionError(label + " " + f));
  }

  /** brat's fragments: the span cut at line breaks, without them. */
  private List<CharSpan> fragments(CharSpan span) {
    List<CharSpan> out = new ArrayList<>();
    int start = span.begin();
    for (int i = span.begin(); i <= span.end(); i++) {
      if (i == span.end() || result.text().charAt(i) == '\n' || result.text().charAt(i) == '\r') {
        if (i > start) {
          out.add(new CharSpan(start, i));
        }
        start = i + 1;
      }
    }
    return out.isEmpty() ? List.of(span) : out;
  }
}
