package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * A nickname in quotation marks inside a name ('Ana "Bunny" Ruiz', "Ana 'Bunny' Ruiz") is part of
 * the person's name: the tagger's pieces before, inside and after the quotes become one mention.
 */
final class QuotedNicknames {
  /** Between two name pieces: a middle initial or not, then a quoted single word, with its spaces. */
  private static final String QUOTED = "(?:\\s+\\p{Lu}\\.)?\\s+[\"\u201c'\u2018`]{1,2}\\p{Lu}[\\p{L}.'-]*[\"\u201d'\u2019]{1,2}\\s+";
  private static final Pattern NICKNAME = Pattern.compile(QUOTED);
  /** After a first name the tagger stopped at: the nickname and a capitalised surname it left untagged. */
  private static final Pattern NICKNAME_AND_SURNAME = Pattern.compile(QUOTED + "\\p{Lu}[\\p{L}'-]+");

  private QuotedNicknames() {}

  static List<EntityMention> join(String text, List<EntityMention> mentions) {
    return withUntaggedSurnames(text, joinPieces(text, mentions));
  }

  private static List<EntityMention> joinPieces(String text, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>();
    for (EntityMention m : mentions) {
      EntityMention last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && last.type() == EntityType.PERSON && m.type() == EntityType.PERSON
          && m.span().begin() > last.span().end()
          && NICKNAME.matcher(text.substring(last.span().end(), m.span().begin())).matches()) {
        CharSpan joined = new CharSpan(last.span().begin(), m.span().end());
        result.set(result.size() - 1, last.withSpan(joined, joined.of(text)));
      } else if (last != null && last.type() == EntityType.PERSON && m.type() == EntityType.PERSON
          && isNicknameInside(text, last, m, mentions)) {
        continue;
      } else {
        result.add(m);
      }
    }
    return result;
  }

  /** 'Ana "Bunny" Ruiz' where the tagger found only "Ana" (and perhaps "Bunny"): the person spans all three. */
  private static List<EntityMention> withUntaggedSurnames(String text, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>();
    int coveredTo = -1;
    for (EntityMention m : mentions) {
      if (m.span().begin() < coveredTo) {
        continue;
      }
      java.util.regex.Matcher after = NICKNAME_AND_SURNAME.matcher(text).region(m.span().end(), text.length());
      if (m.type() == EntityType.PERSON && after.lookingAt()) {
        CharSpan joined = new CharSpan(m.span().begin(), after.end());
        m = m.withSpan(joined, joined.of(text));
        coveredTo = after.end();
      }
      result.add(m);
    }
    return result;
  }

  /** The quoted nickname itself, tagged as a separate person between the two pieces. */
  private static boolean isNicknameInside(String text, EntityMention before, EntityMention m, List<EntityMention> all) {
    int i = all.indexOf(m);
    if (i + 1 >= all.size()) {
      return false;
    }
    EntityMention after = all.get(i + 1);
    String between = text.substring(before.span().end(), after.span().begin());
    return after.type() == EntityType.PERSON && between.contains(m.text()) && NICKNAME.matcher(between).matches();
  }
}
