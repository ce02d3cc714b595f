package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Marks become properly nested elements; a mark that crosses another is split, never lost. */
class MarkedTextTest {
  private static Mark mark(int begin, int end, Mark.Kind kind, String id) {
    return new Mark(begin, end, begin, end, kind, null, id, null, null);
  }

  /** The text of each mark id (all its elements together), and the plain text of the whole. */
  private static void collect(List<MarkedText.Node> nodes, StringBuilder all, Map<String, StringBuilder> byId,
      List<String> open) {
    for (MarkedText.Node node : nodes) {
      if (node instanceof MarkedText.Text t) {
        all.append(t.text());
        open.forEach(id -> byId.computeIfAbsent(id, k -> new StringBuilder()).append(t.text()));
      } else if (node instanceof MarkedText.Element e) {
        List<String> inner = new ArrayList<>(open);
        inner.add(e.mark().id());
        collect(e.children(), all, byId, inner);
      }
    }
  }

  private static Map<String, String> texts(String text, List<Mark> marks) {
    StringBuilder all = new StringBuilder();
    Map<String, StringBuilder> byId = new TreeMap<>();
    collect(MarkedText.of(text, marks), all, byId, List.of());
    assertEquals(text, all.toString(), "the text is unchanged");
    Map<String, String> out = new TreeMap<>();
    byId.forEach((id, b) -> out.put(id, b.toString()));
    return out;
  }

  @Test
  void nestedMarksStayWhole() {
    String text = "Ann Vale said the plan works.";
    Map<String, String> got = texts(text, List.of(mark(0, 8, Mark.Kind.SPK, "s"), mark(0, 8, Mark.Kind.ENT, "e"),
        mark(14, 28, Mark.Kind.QUOTE, "q"), mark(18, 22, Mark.Kind.ENT, "e2")));
    assertEquals(Map.of("s", "Ann Vale", "e", "Ann Vale", "q", "the plan works", "e2", "plan"), got);
    List<MarkedText.Node> nodes = MarkedText.of(text, List.of(mark(0, 8, Mark.Kind.ENT, "e"),
        mark(0, 8, Mark.Kind.SPK, "s")));
    MarkedText.Element outer = (MarkedText.Element) nodes.get(0);
    assertEquals("s", outer.mark().id(), "the speaker mark encloses the entity mark over the same span");
  }

  @Test
  void crossingMarkIsSplitAndKeepsItsText() {
    String text = "one two three four";
    Map<String, String> got = texts(text, List.of(mark(0, 7, Mark.Kind.EVID, "a"), mark(4, 13, Mark.Kind.ERR, "b")));
    assertEquals(Map.of("a", "one two", "b", "two three"), got);
    List<MarkedText.Node> nodes = MarkedText.of(text, List.of(mark(0, 7, Mark.Kind.EVID, "a"),
        mark(4, 13, Mark.Kind.ERR, "b")));
    MarkedText.Element second = (MarkedText.Element) nodes.get(1);
    assertEquals("b", second.mark().id());
    assertFalse(second.first(), "the continuation of a split mark is not its first element");
    MarkedText.Element inner = (MarkedText.Element) ((MarkedText.Element) nodes.get(0)).children().get(1);
    assertTrue(inner.first());
  }

  @Test
  void emptyAndOutOfRangeMarksAreLeftOut() {
    Map<String, String> got = texts("abc", List.of(mark(1, 1, Mark.Kind.ERR, "x"), mark(2, 9, Mark.Kind.ENT, "y")));
    assertEquals(Map.of(), got);
  }
}
