package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import newsfacts.extract.DateWords;
import newsfacts.model.CharSpan;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Which way from the publication date a time expression points, read from the verb that governs
 * it: "met on Monday" (VBD, or a perfect "has met") looks back, "will meet on Monday" (a future
 * modal) looks ahead, a present "meets" says nothing. The governor comes from the dependency parse;
 * without one, the nearest finite verb or modal of the sentence decides.
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

  private static final int MAX_HOPS = 4;

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
    return verb >= 0 ? ofVerb(sentence, verb, words) : nearestVerb(sentence, head, words.futureModals());
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
    boolean predicate = sentence.tokens().get(above).pos().startsWith("VB")
        || auxiliaries(sentence, above).findAny().isPresent();
    return (predicate ? ofVerb(sentence, above, words) : ofClause(sentence, above, words)) == PAST;
  }

  /** The token of the span whose governor lies outside it (the first token when there is no parse). */
  private static int headToken(Sentence sentence, CharSpan span) {
    int first = -1;
    for (Token t : sentence.tokens()) {
      if (t.span().begin() >= span.begin() && t.span().end() <= span.end()) {
        first = first < 0 ? t.index() : first;
        int gov = governor(sentence, t.index());
        if (gov < 0 || !span.contains(sentence.tokens().get(gov).span())) {
          return t.index();
        }
      }
    }
    return first;
  }

  private static int governor(Sentence sentence, int token) {
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == token) {
        return d.governor();
      }
    }
    return -1;
  }

  /** A possessive, adjective or compound before a noun: "Wednesday's ruling", "third-quarter profit". */
  private static boolean modifiesNoun(Sentence sentence, int token) {
    return sentence.dependencies().stream().anyMatch(d -> d.dependent() == token
        && d.relation().matches("nmod:poss|amod|compound") && d.governor() >= 0
        && sentence.tokens().get(d.governor()).pos().startsWith("NN"));
  }

  /** The nearest verb above the head, or a predicate adjective or noun with an auxiliary ("will be payable"). */
  private static int governingPredicate(Sentence sentence, int head) {
    int at = governor(sentence, head);
    for (int hop = 0; hop < MAX_HOPS && at >= 0; hop++) {
      if (sentence.tokens().get(at).pos().startsWith("VB") || auxiliaries(sentence, at).findAny().isPresent()) {
        return at;
      }
      at = governor(sentence, at);
    }
    return -1;
  }

  /** The auxiliaries and copula of a predicate ("will" and "be" in "will be payable"). */
  private static Stream<Token> auxiliaries(Sentence sentence, int predicate) {
    return sentence.dependencies().stream()
        .filter(d -> d.governor() == predicate && (d.relation().startsWith("aux") || d.relation().equals("cop")))
        .map(d -> sentence.tokens().get(d.dependent()));
  }

  /**
   * The verb's own form and its auxiliaries: "will meet", "would meet", "could meet" ahead; "met",
   * "has met", "may have met", "was held" and a participle with no auxiliary ("shares issued in May")
   * back: a perfect or past auxiliary wins over a modal.
   */
  private static Tense ofVerb(Sentence sentence, int verb, DateWords words) {
    Token main = sentence.tokens().get(verb);
    if (plansNow(sentence, main, words)) {
      return INTENDED;
    }
    Tense tense = formOf(main, words.futureModals(), false);
    boolean hasAuxiliary = false;
    Tense auxiliaries = NONE;
    for (Token auxiliary : auxiliaries(sentence, verb).toList()) {
      hasAuxiliary = true;
      boolean perfect = auxiliary.lemma().equals("have") && main.pos().equals("VBN");
      Tense aux = perfect ? PAST : formOf(auxiliary, words.futureModals(), true);
      auxiliaries = auxiliaries == PAST ? PAST : aux == NONE ? auxiliaries : aux;
    }
    if (auxiliaries != NONE) {
      return auxiliaries;
    }
    if (tense == NONE && main.pos().equals("VB") && hasInfinitiveMarker(sentence, verb)) {
      return ofInfinitive(sentence, verb, words);
    }
    return tense == NONE && !hasAuxiliary && main.pos().equals("VBN") ? PAST : tense;
  }

  /**
   * A plan made now is for a time ahead: "On Friday, the league plans to hold a rally", "has
   * scheduled a hearing Friday" (the present perfect takes no past weekday of its own). A past
   * "agreed Monday" or "planned Monday" may date the planning and stays as the tense has it.
   */
  private static boolean plansNow(Sentence sentence, Token main, DateWords words) {
    if (!words.intentionWords().contains(main.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (main.pos().matches("VB[ZP]")) {
      return true;
    }
    return main.pos().equals("VBN") && auxiliaries(sentence, main.index())
        .anyMatch(a -> a.lemma().equals("have") && a.pos().matches("VB[ZP]"));
  }

  /**
   * "planned to leave on Thursday" looks ahead of the time it is planned at; an infinitive under a
   * word that does not speak of an intention or a schedule is a purpose ({@link #PURPOSE}).
   */
  private static Tense ofInfinitive(Sentence sentence, int verb, DateWords words) {
    int above = governor(sentence, verb);
    if (above < 0) {
      return NONE;
    }
    Token governor = sentence.tokens().get(above);
    return words.intentionWords().contains(governor.lemma().toLowerCase(Locale.ROOT)) ? INTENDED : PURPOSE;
  }

  private static boolean hasInfinitiveMarker(Sentence sentence, int verb) {
    return sentence.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark")
        && sentence.tokens().get(d.dependent()).pos().equals("TO"));
  }

  /** A future modal looks ahead; a past form, or the auxiliary "have" of a perfect, looks back. */
  private static Tense formOf(Token t, Set<String> futureModals, boolean auxiliary) {
    String word = t.word().toLowerCase(Locale.ROOT);
    if (t.pos().equals("MD")) {
      return futureModals.contains(word) ? FUTURE : NONE;
    }
    if (t.pos().equals("VBD") || auxiliary && t.lemma().equals("have") && !t.pos().equals("VB")) {
      return PAST;
    }
    return NONE;
  }

  /** No parse: the closest verb or modal, before or after, decides. */
  private static Tense nearestVerb(Sentence sentence, int head, Set<String> futureModals) {
    List<Token> tokens = sentence.tokens();
    for (int d = 1; d < tokens.size(); d++) {
      for (int at : new int[] {head - d, head + d}) {
        if (at >= 0 && at < tokens.size() && (tokens.get(at).pos().matches("VB[DZP]|MD"))) {
          return formOf(tokens.get(at), futureModals, false);
        }
      }
    }
    return NONE;
  }
}
