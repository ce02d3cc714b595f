package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.SurfaceTokens.isWord;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.NerTag;

/**
 * The speaker phrase that opens the clause of a reporting verb, read from the surface: the phrase
 * right before the verb ("Ana Ruiz said"), the antecedent of ", who" ("Ana Ruiz, who said"), or a
 * subject set off by an apposition ("Ana Ruiz, the chair, said").
 */
final class OpeningSpeakers {
  private final QuoteWords words;
  private final SpeakerPhrases phrases;

  OpeningSpeakers(QuoteWords words, SpeakerPhrases phrases) {
    this.words = words;
    this.phrases = phrases;
  }

  /** The head of the speaker phrase that ends at {@code npEnd} and opens the clause, or -1. */
  int leadingSpeaker(ParsedSentence p, int npStart, int npEnd) {
    if (p.token(npEnd).word().equalsIgnoreCase("who") && npStart == npEnd && npStart >= 2
        && isWord(p, npStart - 1, ",")) {
      int antecedentEnd = npStart - 2;
      int antecedentStart = phrases.startBefore(p, antecedentEnd);
      if (antecedentStart < 0) {
        return -1;
      }
      // "X, an analyst at Y, who said ...": the relative clause is about the person, not Y.
      int person = personBefore(p, antecedentStart);
      return person >= 0 ? person : SpeakerPhrases.head(p, antecedentStart, antecedentEnd);
    }
    return startsClause(p, npStart) ? SpeakerPhrases.head(p, npStart, npEnd) : -1;
  }

  /**
   * "Ana Ruiz, a spokeswoman for the port authority, said C": the parse's subject, when its phrase
   * (apposition included) opens the clause and runs up to the comma before the verb, though the surface phrase
   * before the verb ("the port authority") does not; or -1.
   */
  int apposedSubject(ParsedSentence p, int verb, int auxStart) {
    int first = apposedPhraseStart(p, verb, auxStart);
    return first >= 0 && startsClause(p, first) ? p.child(verb, "nsubj") : -1;
  }

  /**
   * "Ana Ruiz, who chairs the board, said C", the parse giving "said" no subject (it hangs the verb
   * on the relative clause): the phrase that opens the sentence before ", who", or -1.
   */
  int relativeOpener(ParsedSentence p, int verb) {
    int auxStart = SurfaceTokens.beforeAuxiliaries(words, p, verb, false);
    if (!isWord(p, auxStart, ",") || ClauseSubjects.subject(p, verb) >= 0) {
      return -1;
    }
    for (int w = 2; w < auxStart; w++) {
      if (isWord(p, w - 1, ",") && words.relativePronouns().contains(p.token(w).word().toLowerCase(Locale.ROOT))) {
        int start = phrases.startBefore(p, w - 2);
        return start >= 0 && startsClause(p, start) ? SpeakerPhrases.head(p, start, w - 2) : -1;
      }
    }
    return -1;
  }

  /** Where the verb's subject phrase starts when an apposition in it closes with a comma before the verb; or -1. */
  static int apposedPhraseStart(ParsedSentence p, int verb, int auxStart) {
    int subject = p.child(verb, "nsubj");
    if (subject < 0 || subject > verb) {
      return -1;
    }
    BitSet phrase = p.subtree(subject);
    int first = phrase.nextSetBit(0);
    int last = phrase.previousSetBit(verb);
    boolean apposed = p.children(subject).stream().anyMatch(c -> c > subject && isWord(p, c, ","));
    // the apposition closes with a comma right before the verb (not a dateline: "CITY, May 2 (Agency) - X agreed")
    boolean reachesVerb = isWord(p, auxStart, ",") && last >= auxStart - 1;
    return apposed && reachesVerb && phrase.nextClearBit(first) > last ? first : -1;
  }

  /** A person's name just before an apposition that ends at {@code before} ("X, an analyst at Y"), or -1. */
  private static int personBefore(ParsedSentence p, int before) {
    int comma = before - 1;
    while (comma > 0 && !isWord(p, comma, ",") && before - comma < 10) {
      comma--;
    }
    if (comma <= 0 || !isWord(p, comma, ",")) {
      return -1;
    }
    int candidate = comma - 1;
    return candidate >= 0 && p.token(candidate).ner() == NerTag.PERSON ? candidate : -1;
  }

  /** The sentence (after an opening adverbial or discourse word) begins with the speaker phrase. */
  private boolean startsClause(ParsedSentence p, int npStart) {
    if (npStart == 0) {
      return true;
    }
    if (isWord(p, npStart - 1, ",")) {
      return true;
    }
    // a dateline: "WESTPORT - The agency warned ..."
    if (npStart == 2 && (isWord(p, 1, "-") || isWord(p, 1, "--"))) {
      return true;
    }
    String previous = p.token(npStart - 1).word().toLowerCase(Locale.ROOT);
    return npStart == 1 && words.clauseOpeningConnectives().contains(previous)
        || p.token(npStart - 1).pos().equals("CC");
  }
}
