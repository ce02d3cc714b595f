package newsfacts.extract.dates;

import static newsfacts.extract.dates.DependencyWalk.governingPredicate;
import static newsfacts.extract.dates.DependencyWalk.governor;
import static newsfacts.extract.dates.DependencyWalk.headToken;
import static newsfacts.extract.dates.DependencyWalk.isPredicate;
import static newsfacts.extract.dates.DependencyWalk.modifiesNoun;

import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Which way from the publication date a time expression points, read from the verb that governs
 * it: "met on Monday" (VBD, or a perfect "has met") looks back, "will meet on Monday" (a future
 * modal) looks ahead, a present "meets" says nothing. The governor comes from the dependency parse;
 * without one, the nearest finite verb or modal of the sentence decides. The verb's form is read by
 * {@link VerbForms}.
 */
enum Tense {
  PAST, FUTURE, NONE,
  /** An infinitive under a word of intention ("planned to leave on Thursday", "expected to join in April"): ahead. */
  INTENDED,
  /**
   * An infinitive under any other word ("gathered to mark the day on Friday", or a parse that hangs
   * "the right to host it in August" on the verb): the latest for a weekday, undecided for a month.
   */
  PURPOSE;

  /** FUTURE or INTENDED: a time at or after the publication date. */
  boolean looksAhead() {
    return this == FUTURE || this == INTENDED;
  }

  /** The direction of the expression at {@code span}; "next" or "last" inside it decide first. */
  static Tense of(Sentence sentence, CharSpan span, DateWords words) {
    int head = headToken(sentence, span);
    if (head < 0) {
      return NONE;
    }
    for (Token t : sentence.tokens()) {
      if (t.span().begin() >= span.begin() && t.span().end() <= span.end()) {
        String word = t.word().toLowerCase(Locale.ROOT);
        if (words.futureMarkers().contains(word)) {
          return FUTURE;
        }
        if (words.pastMarkers().contains(word)) {
          return PAST;
        }
      }
    }
    if (modifiesNoun(sentence, head)) {
      // "get around Wednesday's ruling", "third-quarter profit will fall": the time of the thing a
      // noun names, not of the clause's verb
      return NONE;
    }
    return ofClause(sentence, head, words);
  }

  /**
   * The tense of the clause the expression stands in, also when it modifies a noun: "reported lower
   * fourth-quarter profit" PAST, "will take a fourth-quarter charge" FUTURE.
   */
  static Tense ofClause(Sentence sentence, CharSpan span, DateWords words) {
    int head = headToken(sentence, span);
    return head < 0 ? NONE : ofClause(sentence, head, words);
  }

  private static Tense ofClause(Sentence sentence, int head, DateWords words) {
    int verb = governingPredicate(sentence, head);
    if (verb < 0) {
      return VerbForms.nearestVerb(sentence, head, words.futureModals());
    }
    Tense tense = VerbForms.ofVerb(sentence, verb, words);
    return tense == NONE && isBareGerund(sentence, verb) ? ofGerundsClause(sentence, verb, words) : tense;
  }

  /**
   * "flights will leave from March, with the third departing from August": a gerund has no tense of
   * its own and takes the one of the clause it hangs from, when that clause has a tense of its own (a
   * finite verb or a modal; not an infinitive of purpose or a participle the parse made the root).
   */
  private static Tense ofGerundsClause(Sentence sentence, int gerund, DateWords words) {
    int above = governingPredicate(sentence, gerund);
    if (above < 0) {
      return NONE;
    }
    Tense tense = VerbForms.ofVerb(sentence, above, words);
    boolean finite = sentence.tokens().get(above).pos().matches("VB[DZP]")
        || DependencyWalk.auxiliaries(sentence, above).findAny().isPresent();
    return tense.looksAhead() || tense == PAST && finite ? tense : NONE;
  }

  /** A gerund with no auxiliary, attached to its clause by a relation the parse is sure of. */
  private static boolean isBareGerund(Sentence sentence, int verb) {
    return sentence.tokens().get(verb).pos().equals("VBG") && DependencyWalk.auxiliaries(sentence, verb).findAny().isEmpty()
        && sentence.dependencies().stream().noneMatch(d -> d.dependent() == verb && d.relation().equals("dep"));
  }

  /**
   * Whether an infinitive's governing clause is past: "asked for funds to repair it in February" (the
   * month may be the one gone), against "is rushing to finish it by March" (what is not yet done).
   */
  static boolean purposeOfPast(Sentence sentence, CharSpan span, DateWords words) {
    int head = headToken(sentence, span);
    int verb = head < 0 ? -1 : governingPredicate(sentence, head);
    int above = verb < 0 ? -1 : governor(sentence, verb);
    if (above < 0) {
      return false;
    }
    Tense clause = isPredicate(sentence, above) ? VerbForms.ofVerb(sentence, above, words) : ofClause(sentence, above, words);
    return clause == PAST;
  }
}
