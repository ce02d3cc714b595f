package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * An organisation's name run on into the words of a title-case headline ("Harbour Robotics Opens New
 * Plant"): where the headline mention starts with the organisation's name as the body writes it and
 * the longer text never comes back after the headline, the mention is cut back to that name. Only
 * on a headline line: one that does not end as a sentence does ("Harbour Robotics International
 * Inc.'s chief resigned." opens a story, and its name is whole).
 */
final class HeadlineNames {
  private static final int MIN_TAIL_WORDS = 2;

  private HeadlineNames() {}

  static List<EntityMention> trim(String text, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      result.add(m.sentence() == 0 && m.type() == EntityType.ORGANIZATION ? trimmed(text, m, mentions) : m);
    }
    return result;
  }

  private static EntityMention trimmed(String text, EntityMention m, List<EntityMention> mentions) {
    if (text.indexOf(m.text(), m.span().end()) >= 0 || !onHeadlineLine(text, m)) {
      return m;
    }
    String best = null;
    for (EntityMention other : mentions) {
      String name = other.text();
      if (other.sentence() > 0 && other.type() == EntityType.ORGANIZATION && m.text().startsWith(name + " ")
          && m.text().substring(name.length()).trim().split("\\s+").length >= MIN_TAIL_WORDS
          && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    if (best == null) {
      return m;
    }
    int begin = m.span().begin();
    return EntityMention.of(new CharSpan(begin, begin + best.length()), best, m.type(), m.sentence());
  }

  /** The line holding the mention does not end with a full stop (before closing quotation marks or brackets). */
  private static boolean onHeadlineLine(String text, EntityMention m) {
    int end = text.indexOf('\n', m.span().end());
    String line = text.substring(m.span().begin(), end < 0 ? text.length() : end).strip();
    return !line.replaceAll("[\"'\u201D\u2019)\\]]+$", "").endsWith(".");
  }
}
