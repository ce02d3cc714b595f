package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Token;

/**
 * "HARBOURTON - Sen. Ana Ruiz defended the plan, saying C": the parse takes the dateline for the
 * subject and hangs the real one from it (dependent, apposition). A source whose phrase is an
 * upper-case place name opening its sentence, followed by a dash, is replaced by the noun after
 * the dash that hangs from it.
 */
public final class DatelineSources {
  private DatelineSources() {}

  /** The source after the dateline when the proposed head is a dateline, else the proposed one. */
  static SourceRepairs.Source repaired(ParsedSentence p, List<EntityMention> entities, SourceRepairs.Source source) {
    Token head = source.head();
    int dash = dashAfterDateline(p, head.index());
    if (dash < 0) {
      return source;
    }
    int best = -1;
    for (int c : p.children(head.index())) {
      String relation = p.relation(c);
      boolean attached = relation.equals("dep") || relation.equals("appos") || relation.startsWith("parataxis");
      if (c > dash && attached && p.token(c).pos().startsWith("NN")) {
        best = Math.max(best, c);
      }
    }
    if (best < 0) {
      return source;
    }
    CharSpan span = SpeakerMentions.span(p, best, entities);
    int after = p.token(dash + 1).span().begin();
    // "HARBOURTON, Westland - Ana Ruiz's allies": the region before the dash is not part of the source
    return new SourceRepairs.Source(span.begin() < after ? new CharSpan(after, span.end()) : span, p.token(best));
  }

  /**
   * The dash that ends a dateline headed by the token: the sentence opens with upper-case words up
   * to the head ("HARBOURTON", "PORT ELLEN"), and a dash follows, maybe after ", Region" or a date
   * and an agency in parentheses; -1 otherwise.
   */
  private static int dashAfterDateline(ParsedSentence p, int head) {
    if (head > 3) {
      return -1;
    }
    for (int i = 0; i <= head; i++) {
      if (!upperCase(p.token(i).word())) {
        return -1;
      }
    }
    for (int i = head + 1; i < Math.min(p.size(), head + 9); i++) {
      String word = p.token(i).word();
      if (word.equals("-") || word.equals("—") || word.equals("--") || word.equals("–")) {
        return i;
      }
      if (p.isVerb(i)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean upperCase(String word) {
    return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
