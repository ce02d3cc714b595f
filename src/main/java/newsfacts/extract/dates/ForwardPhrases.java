package newsfacts.extract.dates;

import static newsfacts.extract.dates.DependencyWalk.auxiliaries;
import static newsfacts.extract.dates.DependencyWalk.governor;
import static newsfacts.extract.dates.DependencyWalk.headToken;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.Token;

/**
 * Phrases that put a year-less weekday or month ahead whatever the clause's tense: the thing after
 * "ahead of" ("shares rose ahead of the meeting on Tuesday", "ahead of Tuesday's vote"), and how long
 * something present goes on or when it starts ("the show runs until Sunday", "the offer is valid
 * till Friday", "the timetable applies from October"). A past form ("ran until Sunday"), an
 * auxiliary ("has run since", "will run") or "aside from" leave the tense to decide, and so does a
 * weekday or month the story named before ("leaders met Friday. ... Ahead of Friday's meeting,
 * two members unveiled a plan": the story's Friday, gone by).
 */
final class ForwardPhrases {
  private static final int MAX_HOPS = 3;
  private static final Set<String> AHEAD = WordLists.set("ahead-words.txt");
  private static final Set<String> PREPOSITIONS = WordLists.set("forward-prepositions.txt");
  private static final Set<String> UNCHANGED_PAST = WordLists.set("unchanged-past-verbs.txt");
  private static final Set<String> EXCEPTION_ADVERBS = WordLists.set("exception-adverbs.txt");

  private ForwardPhrases() {
  }

  /** How a phrase around the expression reads it: not at all, ahead, or (after "ahead of" in a past clause) the nearer way. */
  enum Reading { NONE, AHEAD, NEARER }

  /**
   * "ahead of" in a past clause ("rallied ahead of Tuesday's vote") says only that the thing came
   * after the clause's time, which may itself be gone: the nearer of the two days is taken.
   */
  static Reading of(AnnotatedArticle doc, Timex t, DateWords words) {
    Sentence sentence = doc.sentences().get(t.sentence());
    int head = headToken(sentence, t.span());
    if (head < 0 || namedBefore(doc, t, words)) {
      return Reading.NONE;
    }
    if (isAheadOf(sentence, head)) {
      return Tense.ofClause(sentence, t.span(), words) == Tense.PAST ? Reading.NEARER : Reading.AHEAD;
    }
    return runsFrom(sentence, head) ? Reading.AHEAD : Reading.NONE;
  }

  /** A weekday or month of the expression is in an expression the annotator found earlier in the text. */
  private static boolean namedBefore(AnnotatedArticle doc, Timex t, DateWords words) {
    Set<String> names = LetterWords.of(t.text())
        .filter(w -> words.weekdayNames().contains(w) || words.calendarMonths().containsKey(w)).collect(Collectors.toSet());
    return doc.timexes().stream().anyMatch(e -> e.span().end() <= t.span().begin() && LetterWords.of(e.text()).anyMatch(names::contains));
  }

  /** "ahead" above the expression, through the nouns that hold it ("the meeting on Tuesday"), before any verb. */
  private static boolean isAheadOf(Sentence sentence, int head) {
    int at = head;
    for (int hop = 0; hop < MAX_HOPS && at >= 0; hop++) {
      if (hasDependent(sentence, at, "case|advmod", AHEAD)) {
        return true;
      }
      int above = governor(sentence, at);
      if (above < 0 || AHEAD.contains(lower(sentence.tokens().get(above)))) {
        return above >= 0;
      }
      if (sentence.tokens().get(above).pos().startsWith("VB")) {
        return false;
      }
      at = above;
    }
    return false;
  }

  /** "runs until Sunday", "is valid till Friday": a preposition of the list under a present predicate with no other auxiliary. */
  private static boolean runsFrom(Sentence sentence, int head) {
    int above = governor(sentence, head);
    if (above < 0 || !hasDependent(sentence, head, "case", PREPOSITIONS) || isAsideFrom(sentence, head)
        || sentence.dependencies().stream().noneMatch(d -> d.dependent() == head && d.relation().startsWith("obl"))) {
      return false;
    }
    Token predicate = sentence.tokens().get(above);
    if (predicate.pos().startsWith("VB")) {
      return predicate.pos().matches("VB[ZP]") && !UNCHANGED_PAST.contains(lower(predicate))
          && auxiliaries(sentence, above).findAny().isEmpty();
    }
    var helpers = auxiliaries(sentence, above).toList();
    return helpers.size() == 1 && helpers.get(0).lemma().equals("be") && helpers.get(0).pos().matches("VB[ZP]");
  }

  /** "aside from Tuesday", "apart from May": an exception, not a start. */
  private static boolean isAsideFrom(Sentence sentence, int head) {
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == head && d.relation().equals("case") && d.dependent() > 0
          && EXCEPTION_ADVERBS.contains(lower(sentence.tokens().get(d.dependent() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDependent(Sentence sentence, int token, String relations, Set<String> words) {
    return sentence.dependencies().stream().anyMatch(d -> d.governor() == token && d.relation().matches(relations)
        && words.contains(lower(sentence.tokens().get(d.dependent()))));
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
