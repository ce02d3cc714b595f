package newsfacts.extract.dates;

import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.CharSpan;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * A time set as a new limit lies ahead, whatever the tense: "postponed the vote until Tuesday",
 * "has given the tenants until noon Friday", "extended the credit line through March" (a
 * preposition of deadline-prepositions.txt on a token of the expression, under a verb of
 * deadline-verbs.txt a few hops up the parse).
 */
final class Deadlines {
  private static final int MAX_HOPS = 3;

  private Deadlines() {}

  static boolean isSet(Sentence sentence, CharSpan span, DateWords words) {
    for (Dependency d : sentence.dependencies()) {
      if (d.relation().equals("case") && d.governor() >= 0 && inside(sentence, d.governor(), span)
          && words.deadlinePrepositions().contains(lower(sentence.tokens().get(d.dependent()).word()))) {
        return setsLimit(sentence, d.governor(), words);
      }
    }
    return false;
  }

  /** The nearest verb above the expression is one of deadline-verbs.txt. */
  private static boolean setsLimit(Sentence sentence, int token, DateWords words) {
    int at = governor(sentence, token);
    for (int hop = 0; hop < MAX_HOPS && at >= 0; hop++) {
      Token t = sentence.tokens().get(at);
      if (t.pos().startsWith("VB")) {
        return words.deadlineVerbs().contains(lower(t.lemma()));
      }
      at = governor(sentence, at);
    }
    return false;
  }

  private static boolean inside(Sentence sentence, int token, CharSpan span) {
    return span.contains(sentence.tokens().get(token).span());
  }

  private static int governor(Sentence sentence, int token) {
    return sentence.dependencies().stream().filter(d -> d.dependent() == token)
        .mapToInt(Dependency::governor).findFirst().orElse(-1);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
