package newsfacts.extract.dates;

import java.util.List;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;

/** Adding a found phrase to the expressions of an article, over the parts of it already tagged. */
final class TimexLists {
  private TimexLists() {
  }

  /** No expression crosses the span's border: each lies inside it ("year" in "that year") or apart from it. */
  static boolean fitsAmong(List<Timex> all, CharSpan span) {
    return all.stream().noneMatch(t -> t.span().overlaps(span) && !span.contains(t.span()));
  }

  /** Adds the phrase in place of the expressions inside it. */
  static void putOver(List<Timex> all, Timex phrase) {
    all.removeIf(t -> phrase.span().contains(t.span()));
    all.add(phrase);
  }
}
