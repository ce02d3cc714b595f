package newsfacts.report;

/**
 * One highlighted span of an article page, in Java String indices of the text ({@code begin},
 * {@code end}), with what the page shows of it. {@code start} and {@code stop} are the same span in
 * code points, as the tables give it (written into data attributes, so a reader of the page can
 * match a mark to its table row). Attributes that do not apply are null, and the page leaves them out.
 *
 * @param kind ent, date, quote, spk, evid or err: the CSS class and the layer toggle
 * @param css further CSS classes (the entity type, the error kind)
 * @param id the element id (links from the side lists), or null
 * @param title what hovering shows
 * @param label a short text the page shows after the span (a date's value), or null
 */
public record Mark(
    int begin, int end, int start, int stop, Kind kind, String css, String id, String title, String label) {

  /** The kinds of mark, outermost first: of two marks over the same span the earlier kind encloses the later. */
  public enum Kind {
    EVID("evid"),
    QUOTE("quote"),
    SPK("spk"),
    ERR("err"),
    ENT("ent"),
    DATE("date");

    private final String cssName;

    Kind(String cssName) {
      this.cssName = cssName;
    }

    public String cssName() {
      return cssName;
    }
  }

  public Mark {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad mark [" + begin + ", " + end + ")");
    }
  }

  /** The class attribute: the kind, then the further classes. */
  public String classes() {
    return css == null || css.isEmpty() ? kind.cssName() : kind.cssName() + " " + css;
  }
}
