package newsfacts.extract.dates;

import java.util.stream.Stream;
import newsfacts.model.CharSpan;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/** Steps over the dependency parse of one sentence; a missing parse gives -1 and empty answers. */
final class DependencyWalk {
  private static final int MAX_HOPS = 4;

  private DependencyWalk() {
  }

  /** The token of the span whose governor lies outside it (the first token when there is no parse). */
  static int headToken(Sentence sentence, CharSpan span) {
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

  static int governor(Sentence sentence, int token) {
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == token) {
        return d.governor();
      }
    }
    return -1;
  }

  /** A possessive, adjective or compound before a noun: "Wednesday's ruling", "third-quarter profit". */
  static boolean modifiesNoun(Sentence sentence, int token) {
    return sentence.dependencies().stream().anyMatch(d -> d.dependent() == token
        && d.relation().matches("nmod:poss|amod|compound") && d.governor() >= 0
        && sentence.tokens().get(d.governor()).pos().startsWith("NN"));
  }

  /** The nearest verb above the head, or a predicate adjective or noun with an auxiliary ("will be payable"). */
  static int governingPredicate(Sentence sentence, int head) {
    int at = governor(sentence, head);
    for (int hop = 0; hop < MAX_HOPS && at >= 0; hop++) {
      if (isPredicate(sentence, at)) {
        return at;
      }
      at = governor(sentence, at);
    }
    return -1;
  }

  /** A verb, or an adjective or noun with an auxiliary or copula ("payable" in "will be payable"). */
  static boolean isPredicate(Sentence sentence, int token) {
    return sentence.tokens().get(token).pos().startsWith("VB") || auxiliaries(sentence, token).findAny().isPresent();
  }

  /** The auxiliaries and copula of a predicate ("will" and "be" in "will be payable"). */
  static Stream<Token> auxiliaries(Sentence sentence, int predicate) {
    return sentence.dependencies().stream()
        .filter(d -> d.governor() == predicate && (d.relation().startsWith("aux") || d.relation().equals("cop")))
        .map(d -> sentence.tokens().get(d.dependent()));
  }

  /** "to" marks the verb as an infinitive ("planned to leave"). */
  static boolean hasInfinitiveMarker(Sentence sentence, int verb) {
    return sentence.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark")
        && sentence.tokens().get(d.dependent()).pos().equals("TO"));
  }
}
