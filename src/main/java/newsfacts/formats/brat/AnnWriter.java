package newsfacts.formats.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsfacts.model.CharSpan;
import newsfacts.tables.CodePoints;

/**
 * The lines of one .ann file, numbered T1, A1, R1, #1 in the order they are added. Spans are
 * given in Java indices and written as code points; a span across a line break is written as
 * fragments ("0 5;6 11") with the fragments' texts joined by a space, as brat does.
 */
final class AnnWriter {
  private final String text;
  private final CodePoints offsets;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, String> shared = new HashMap<>();
  private int textBounds;
  private int attributes;
  private int relations;
  private int notes;

  AnnWriter(String text) {
    this.text = text;
    this.offsets = CodePoints.of(text);
  }

  /** A text-bound annotation; its id. */
  String textBound(String type, CharSpan span) {
    List<CharSpan> fragments = fragments(span);
    StringBuilder where = new StringBuilder();
    StringBuilder covered = new StringBuilder();
    for (CharSpan f : fragments) {
      where.append(where.isEmpty() ? "" : ";").append(offsets.toCodePoint(f.begin())).append(' ')
          .append(offsets.toCodePoint(f.end()));
      covered.append(covered.isEmpty() ? "" : " ").append(f.of(text));
    }
    String id = "T" + ++textBounds;
    out.append(id).append('\t').append(type).append(' ').append(where).append('\t').append(covered).append('\n');
    return id;
  }

  /** A text-bound annotation shared by every caller with the same type and span (a speaker named once). */
  String sharedTextBound(String type, CharSpan span) {
    return shared.computeIfAbsent(type + " " + span.begin() + " " + span.end(), k -> textBound(type, span));
  }

  void attribute(String name, String target, String value) {
    out.append('A').append(++attributes).append('\t').append(name).append(' ').append(target).append(' ')
        .append(value).append('\n');
  }

  void relation(String type, String arg1, String arg2) {
    out.append('R').append(++relations).append('\t').append(type).append(" Arg1:").append(arg1).append(" Arg2:")
        .append(arg2).append('\n');
  }

  /** The id the next relation gets. */
  String nextRelation() {
    return "R" + (relations + 1);
  }

  void note(String target, String key, String value) {
    out.append('#').append(++notes).append('\t').append(BratScheme.NOTES).append(' ').append(target).append('\t')
        .append(key).append('=').append(BratScheme.escape(value)).append('\n');
  }

  String codePointSpan(CharSpan span) {
    return offsets.toCodePoint(span.begin()) + "-" + offsets.toCodePoint(span.end());
  }

  /** The span cut at line breaks, without them; a span with no other character stays whole. */
  private List<CharSpan> fragments(CharSpan span) {
    List<CharSpan> fragments = new ArrayList<>();
    int start = span.begin();
    for (int i = span.begin(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i > start) {
          fragments.add(new CharSpan(start, i));
        }
        start = i + 1;
      }
    }
    if (span.end() > start) {
      fragments.add(new CharSpan(start, span.end()));
    }
    return fragments.isEmpty() ? List.of(span) : fragments;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
