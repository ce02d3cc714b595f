package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import org.junit.jupiter.api.Test;

/** The index answers as a pass over every entity would, nested and repeated begins included. */
class NameSpansTest {
  @Test
  void containmentAndEventNameEnds() {
    NameSpans names = new NameSpans(List.of(
        mention(30, 40, EntityType.ORGANIZATION), mention(0, 25, EntityType.MISC), mention(5, 9, EntityType.PERSON),
        mention(30, 35, EntityType.LOCATION)));
    assertTrue(names.contain(new CharSpan(10, 25)), "inside the long first span, after a short nested one");
    assertTrue(names.contain(new CharSpan(30, 40)));
    assertTrue(names.contain(new CharSpan(36, 38)));
    assertFalse(names.contain(new CharSpan(24, 27)), "crosses the end");
    assertFalse(names.contain(new CharSpan(26, 28)), "between names");
    assertFalse(names.contain(new CharSpan(41, 45)), "after every name");
    assertTrue(names.miscEndsAt(25));
    assertFalse(names.miscEndsAt(40));
    assertFalse(new NameSpans(List.of()).contain(new CharSpan(0, 1)));
  }

  private static EntityMention mention(int begin, int end, EntityType type) {
    return new EntityMention(new CharSpan(begin, end), "x".repeat(end - begin), type, Optional.empty(), 0, "x");
  }
}
