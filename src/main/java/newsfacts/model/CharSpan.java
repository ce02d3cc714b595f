package newsfacts.model;

/** A half-open character range [begin, end) into an article's text. */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean overlaps(CharSpan other) {
    return begin < other.end && other.begin < end;
  }

  public boolean contains(CharSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  public int overlapLength(CharSpan other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(CharSpan other) {
    return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
  }
}
