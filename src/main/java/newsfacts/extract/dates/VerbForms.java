package newsfacts.extract.dates;

import static newsfacts.extract.dates.DependencyWalk.auxiliaries;
import static newsfacts.extract.dates.DependencyWalk.governor;
import static newsfacts.extract.dates.DependencyWalk.hasInfinitiveMarker;
import static newsfacts.extract.dates.Tense.FUTURE;
import static newsfacts.extract.dates.Tense.INTENDED;
import static newsfacts.extract.dates.Tense.NONE;
import static newsfacts.extract.dates.Tense.PAST;
import static newsfacts.extract.dates.Tense.PURPOSE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/** The {@link Tense} a verb's form, its auxiliaries and the word above an infinitive give. */
final class VerbForms {
  /** Modals that with "have" make a future perfect ("will have closed by March"), unlike "may/would have". */
  private static final Set<String> FUTURE_PERFECT_MODALS = Set.of("will", "shall", "'ll");
  /** Words opening a clause of time or condition (future-clause-markers.txt). */
  private static final Set<String> CLAUSE_AHEAD = WordLists.set("future-clause-markers.txt");

  private VerbForms() {
  }

  /**
   * The verb's own form and its auxiliaries: "will meet", "would meet", "could meet" ahead; "met",
   * "has met", "may have met", "was held" and a participle with no auxiliary ("shares issued in May")
   * back: a perfect or past auxiliary wins over a modal, except in a future perfect ("will have
   * morphed by March": done before a time ahead).
   */
  static Tense ofVerb(Sentence sentence, int verb, DateWords words) {
    Token main = sentence.tokens().get(verb);
    if (plansNow(sentence, main, words)) {
      return INTENDED;
    }
    Tense tense = formOf(main, words.futureModals(), false);
    boolean hasAuxiliary = false;
    Tense auxiliaries = NONE;
    // "may have been responsible on Monday": a copula "been" makes a perfect of a predicate adjective or noun
    boolean participle = main.pos().equals("VBN") || auxiliaries(sentence, verb).anyMatch(a -> a.word().equalsIgnoreCase("been"));
    for (Token auxiliary : auxiliaries(sentence, verb).toList()) {
      hasAuxiliary = true;
      boolean perfect = auxiliary.lemma().equals("have") && participle;
      Tense aux = perfect ? PAST : formOf(auxiliary, words.futureModals(), true);
      auxiliaries = auxiliaries == PAST ? PAST : aux == NONE ? auxiliaries : aux;
    }
    if (auxiliaries == PAST && isFuturePerfect(sentence, verb)) {
      return FUTURE;
    }
    if (auxiliaries != NONE) {
      return auxiliaries;
    }
    if (!hasAuxiliary && main.pos().matches("VB[ZP]") && opensClauseAhead(sentence, verb)) {
      return FUTURE;
    }
    if (tense == NONE && main.pos().equals("VB") && hasInfinitiveMarker(sentence, verb)) {
      return ofInfinitive(sentence, verb, words);
    }
    return tense == NONE && !hasAuxiliary && main.pos().equals("VBN") ? PAST : tense;
  }

  /**
   * "when ministers meet on Thursday": a present verb in a clause of time or condition speaks of a time
   * ahead. The parse marks "once", "until" as the clause's "mark", "when" as its "advmod".
   */
  private static boolean opensClauseAhead(Sentence sentence, int verb) {
    return sentence.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().matches("mark|advmod")
        && CLAUSE_AHEAD.contains(sentence.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  private static boolean isFuturePerfect(Sentence sentence, int verb) {
    return auxiliaries(sentence, verb)
        .anyMatch(a -> a.pos().equals("MD") && FUTURE_PERFECT_MODALS.contains(a.word().toLowerCase(Locale.ROOT)))
        && auxiliaries(sentence, verb).anyMatch(a -> a.lemma().equals("have") && a.pos().equals("VB"));
  }

  /** No parse: the closest verb or modal, before or after, decides. */
  static Tense nearestVerb(Sentence sentence, int head, Set<String> futureModals) {
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
   * word that does not speak of an intention or a schedule is a purpose ({@link Tense#PURPOSE}).
   */
  private static Tense ofInfinitive(Sentence sentence, int verb, DateWords words) {
    int above = governor(sentence, verb);
    if (above < 0) {
      return isArranged(sentence, verb) ? INTENDED : NONE;
    }
    Token governor = sentence.tokens().get(above);
    return isArranged(sentence, verb) || words.intentionWords().contains(governor.lemma().toLowerCase(Locale.ROOT)) ? INTENDED : PURPOSE;
  }

  /** "is to resume trading on Tuesday": a present "be to" says what is arranged (the parse makes "is" the infinitive's auxiliary). */
  private static boolean isArranged(Sentence sentence, int verb) {
    return auxiliaries(sentence, verb).anyMatch(a -> a.lemma().equals("be") && a.pos().matches("VB[ZP]"));
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
}
