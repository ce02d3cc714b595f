package newsfacts.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article's text with its marks as a tree of properly nested elements, ready for a template.
 * Marks that cross (a quote ending inside a sentence's evidence span, an error over part of an
 * entity) cannot nest: the one that does not fit is split into several elements, each carrying
 * the same attributes, so that the text of a mark is the text of all its elements together. A
 * mark over an empty span is left out.
 */
public final class MarkedText {
  /** A piece of the tree: plain text, or a mark with what it encloses. */
  public sealed interface Node permits Text, Element {}

  public record Text(String text) implements Node {}

  /** One element of a mark; {@code first} is false on the continuation of a split mark. */
  public record Element(Mark mark, boolean first, List<Node> children) implements Node {}

  /** Outer marks first: earlier start, then longer, then by kind, then in the order given. */
  private static final Comparator<Mark> NESTING = Comparator.comparingInt(Mark::begin)
      .thenComparing(Comparator.comparingInt(Mark::end).reversed())
      .thenComparing(Mark::kind);

  private MarkedText() {}

  public static List<Node> of(String text, List<Mark> marks) {
    List<Mark> ordered = new ArrayList<>(marks.stream().filter(m -> m.end() <= text.length()).toList());
    ordered.sort(NESTING);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    ordered.forEach(m -> {
      cuts.add(m.begin());
      cuts.add(m.end());
    });
    Builder tree = new Builder();
    List<Mark> active = new ArrayList<>();
    int next = 0;
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      int at = from;
      active.removeIf(m -> m.end() <= at);
      // Every mark starts at a cut, so a mark joins when its segment comes; later starts sort last.
      while (next < ordered.size() && ordered.get(next).begin() <= at) {
        Mark m = ordered.get(next++);
        if (m.end() > at) {
          active.add(m);
        }
      }
      tree.segment(active, text.substring(from, to));
    }
    return tree.root();
  }

  /** Keeps the open elements as a stack and reopens a mark that had to be closed early. */
  private static final class Builder {
    private final List<Node> root = new ArrayList<>();
    private final List<Mark> openMarks = new ArrayList<>();
    private final List<List<Node>> openChildren = new ArrayList<>();
    private final Set<Mark> started = Collections.newSetFromMap(new IdentityHashMap<>());

    void segment(List<Mark> active, String text) {
      int common = 0;
      while (common < openMarks.size() && common < active.size() && openMarks.get(common) == active.get(common)) {
        common++;
      }
      while (openMarks.size() > common) {
        openMarks.remove(openMarks.size() - 1);
        openChildren.remove(openChildren.size() - 1);
      }
      for (Mark m : active.subList(common, active.size())) {
        List<Node> children = new ArrayList<>();
        current().add(new Element(m, started.add(m), children));
        openMarks.add(m);
        openChildren.add(children);
      }
      current().add(new Text(text));
    }

    private List<Node> current() {
      return openChildren.isEmpty() ? root : openChildren.get(openChildren.size() - 1);
    }

    List<Node> root() {
      return root;
    }
  }
}
