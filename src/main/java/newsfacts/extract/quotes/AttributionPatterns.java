package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * Surface patterns of attribution in news prose, anchored at a reporting verb. They are more
 * robust than the dependency parse for the most frequent forms:
 * <ul>
 *   <li>trailing: "C, X said." / "C, X has said, adding ..."</li>
 *   <li>inverted: "C, said X." / "C, said X, a researcher with Y."</li>
 *   <li>parenthetical: "C1, X said, C2."</li>
 *   <li>leading: "X said (that) C" / "X, who suggested C" / "X urged Y to C"</li>
 *   <li>participle: "..., adding (that) C" (the speaker is the previous quote's)</li>
 * </ul>
 */
public final class AttributionPatterns {
  /** Tokens that close a content before its attribution; CoreNLP keeps curly quotes as written. */
  private static final Set<String> CLOSING = Set.of("''", "\"", "\u201D", "\u2019", ")", ";", ":", "\u3002");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private final QuoteWords words;
  private final SpeakerPhrases phrases;
  private final ContentBounds bounds;

  AttributionPatterns(QuoteWords words) {
    this.words = words;
    this.phrases = new SpeakerPhrases(words);
    this.bounds = new ContentBounds(words);
  }

  /** Where the content and the speaker are, in token indices (speaker = its head token). */
  record Match(BitSet content, int speakerHead, String pattern) {}

  /** "..., adding (that) C": C runs to the end of the sentence or the next participle clause. */
  BitSet participleContent(ParsedSentence p, int verb) {
    return bounds.participleContent(p, verb);
  }

  Match match(ParsedSentence p, int verb, boolean infinitiveVerb) {
    int n = p.size();
    int after = skipParticle(p, verb + 1);
    // trailing: ", NP [aux] VERB" then end / comma
    int auxStart = verb - 1;
    while (auxStart >= 0 && (p.token(auxStart).pos().startsWith("MD") || isAux(p.token(auxStart))
        || p.token(auxStart).pos().equals("RB"))) {
      auxStart--;
    }
    // "The Institute for X (IX) warned ...": the acronym in parentheses belongs to the speaker's name.
    if (auxStart >= 3 && p.token(auxStart).pos().equals("-RRB-") && p.token(auxStart - 2).pos().equals("-LRB-")) {
      auxStart -= 3;
    }
    int npEnd = auxStart;
    int npStart = phrases.startBefore(p, npEnd);
    int clauseStart = after;
    after = skipTail(p, after);
    boolean endsHere = after >= n || isWord(p, after, ",") || isWord(p, after, ".") || isClosingPunct(p, after);
    if (npStart > 0 && isBoundaryBefore(p, npStart - 1) && endsHere && npStart <= npEnd) {
      BitSet content = range(0, isWord(p, npStart - 1, ",") ? npStart - 1 : npStart);
      if (after < n && isWord(p, after, ",") && !bounds.isParticipleClause(p, after + 1)) {
        content.or(range(after + 1, n));
        return new Match(content, SpeakerPhrases.head(p, npStart, npEnd), "parenthetical");
      }
      if (!frontedAdjunct(p, npStart)) {
        return new Match(content, SpeakerPhrases.head(p, npStart, npEnd), "trailing");
      }
    }
    Match apposedTrailing = endsHere ? apposedTrailing(p, verb, auxStart) : null;
    if (apposedTrailing != null) {
      return apposedTrailing;
    }
    // inverted: ", VERB NP" then end / comma; not when the parse's subject comes before the verb
    // ("Ana Ruiz, the chair, called the plan a mistake": the phrase after the verb is its object)
    // nor for a participle: in "C, telling reporters D" the phrase after it is its addressee
    if (verb > 0 && isBoundaryBefore(p, verb - 1) && !hasSubjectBefore(p, verb) && !p.token(verb).pos().equals("VBG")) {
      int npFrom = skipParticle(p, verb + 1);
      int end = SpeakerPhrases.endFrom(p, npFrom);
      int next = skipTail(p, end + 1);
      boolean closes = next >= n || isWord(p, next, ",") || isWord(p, next, ".") || isClosingPunct(p, next);
      if (end >= npFrom && closes) {
        BitSet content = range(0, isWord(p, verb - 1, ",") ? verb - 1 : verb);
        return new Match(content, SpeakerPhrases.head(p, npFrom, end), "inverted");
      }
    }
    // leading: "NP VERB (that) C" or "NP, who VERB C"
    int speaker = npStart >= 0 && npStart <= npEnd ? leadingSpeaker(p, npStart, npEnd) : -1;
    if (speaker < 0) {
      speaker = apposedSubject(p, verb, auxStart);
    }
    if (speaker >= 0) {
      int from = bounds.thatAfterAdjunct(p, verb, bounds.skipTimeAdjunct(p, startOfClause(p, verb, clauseStart, after)));
      int infinitive = infinitiveVerb ? bounds.infinitiveStart(p, after) : -1;
      if (infinitive >= 0) {
        from = InfinitiveActors.start(p, verb, infinitive);
      } else if (from < n && ContentTrimmer.isComplementizer(p, from)) {
        from++;
      } else if (opensQuotation(p, from)) {
        from++;
      } else if (infinitiveVerb || words.verbsNeedingThat().contains(p.token(verb).lemma().toLowerCase(Locale.ROOT))) {
        return null;
      }
      int to = Math.min(bounds.clauseEnd(p, from), bounds.coordinatedReportEnd(p, verb, from));
      if (to - from < 2) {
        return null;
      }
      return new Match(range(from, to), speaker, "leading");
    }
    return null;
  }

  /**
   * "In an essay last week, Ana Ruiz noted the risk": what precedes the speaker opens with a
   * preposition and holds no finite verb nor quotation mark, an adjunct of the verb, never its content.
   */
  private static boolean frontedAdjunct(ParsedSentence p, int npStart) {
    if (!p.token(0).pos().equals("IN") || p.token(0).word().equalsIgnoreCase("that")) {
      return false;
    }
    for (int i = 0; i < npStart; i++) {
      if (p.token(i).pos().matches("VBD|VBZ|VBP|MD|``|''")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a leading content starts: after the short tail that ends at a comma ("said at a rally, C"),
   * unless that tail is already inside the verb's clause ("argued the plan, which critics like, would
   * fail": the tail is the clause's subject).
   */
  private static int startOfClause(ParsedSentence p, int verb, int direct, int afterTail) {
    int clause = p.child(verb, "ccomp");
    return afterTail > direct && clause >= 0 && p.subtree(clause).get(direct) ? direct : afterTail;
  }

  /**
   * The parse reads "NP, ..., VERB": its only subject comes before the verb, and no quotation closes
   * right before the verb ('"C," said X' keeps the inverted reading even when the parse errs).
   */
  private static boolean hasSubjectBefore(ParsedSentence p, int verb) {
    boolean subjectBefore = false;
    for (int c : p.children(verb)) {
      if (p.relation(c).equals("nsubj")) {
        if (c > verb) {
          return false;
        }
        subjectBefore = true;
      }
    }
    return subjectBefore && isWord(p, verb - 1, ",");
  }

  /** The head of the speaker phrase that ends at {@code npEnd} and opens the clause, or -1. */
  private int leadingSpeaker(ParsedSentence p, int npStart, int npEnd) {
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
  private int apposedSubject(ParsedSentence p, int verb, int auxStart) {
    int first = apposedPhraseStart(p, verb, auxStart);
    return first >= 0 && startsClause(p, first) ? p.child(verb, "nsubj") : -1;
  }

  /**
   * "Ana Ruiz, who chairs the board, said C", the parse giving "said" no subject (it hangs the verb
   * on the relative clause): the phrase that opens the sentence before ", who", or -1.
   */
  int relativeOpener(ParsedSentence p, int verb) {
    int auxStart = verb - 1;
    while (auxStart >= 0 && (p.token(auxStart).pos().startsWith("MD") || isAux(p.token(auxStart)))) {
      auxStart--;
    }
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

  /**
   * '"C," Ana Ruiz, the chair, said.': the apposed subject follows the content; the content ends
   * at the boundary before it. Null unless the subject's phrase opens right after a boundary.
   */
  private static Match apposedTrailing(ParsedSentence p, int verb, int auxStart) {
    int first = apposedPhraseStart(p, verb, auxStart);
    if (first < 2 || !isBoundaryBefore(p, first - 1)) {
      return null;
    }
    BitSet content = range(0, isWord(p, first - 1, ",") ? first - 1 : first);
    // a fronted adjunct ("In a statement, Ana Ruiz, the chair, said") has no clause of its own
    boolean clause = content.stream().anyMatch(i -> FINITE.contains(p.token(i).pos()))
        || p.token(0).pos().equals("``");
    return clause ? new Match(content, p.child(verb, "nsubj"), "trailing") : null;
  }

  /** Where the verb's subject phrase starts when an apposition in it closes with a comma before the verb; or -1. */
  private static int apposedPhraseStart(ParsedSentence p, int verb, int auxStart) {
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

  /** 'wrote, "C"' or 'wrote: "C"': a quotation after the verb needs no "that". */
  private static boolean opensQuotation(ParsedSentence p, int i) {
    boolean mark = isWord(p, i, ",") || isWord(p, i, ":");
    return mark && i + 1 < p.size() && p.token(i + 1).pos().equals("``");
  }

  private int skipParticle(ParsedSentence p, int i) {
    if (i < p.size() && (p.token(i).pos().equals("RP") || words.reportingVerbParticles().contains(p.token(i).word()))) {
      return i + 1;
    }
    return i;
  }

  private boolean isAux(Token t) {
    return isAux(words, t);
  }

  static boolean isAux(QuoteWords words, Token t) {
    return words.auxiliaryWords().contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isClosingPunct(ParsedSentence p, int i) {
    return i >= 0 && i < p.size() && (CLOSING.contains(p.token(i).word()) || isQuoteMarks(p.token(i).word()));
  }

  /** A token of closing quotation marks only, as the tokenizer leaves nested ones ("'''", right single + double). */
  private static boolean isQuoteMarks(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c == '\'' || c == '"' || c == '\u2019' || c == '\u201D');
  }

  /**
   * A comma, or closing quotation marks right after one (',"', a nested quote's ",' ''"), ends the
   * content before an attribution.
   */
  static boolean isBoundaryBefore(ParsedSentence p, int i) {
    if (isWord(p, i, ",")) {
      return true;
    }
    int j = i;
    while (j > 0 && i - j < 3 && isClosingPunct(p, j)) {
      j--;
    }
    return j < i && isWord(p, j, ",");
  }

  /** First token after a short tail such as "on Sunday" or "in a statement"; else the argument. */
  private static int skipTail(ParsedSentence p, int i) {
    for (int j = i; j < p.size() && j < i + 9; j++) {
      if (isWord(p, j, ",") || isWord(p, j, ".")) {
        return j;
      }
      // a clause opens ("told the paper that the site ...", "told them: ..."): no short tail
      boolean clause = p.token(j).word().equalsIgnoreCase("that") || p.token(j).pos().equals("``");
      if (p.token(j).pos().startsWith("VB") || p.token(j).pos().equals("CC") || clause) {
        return i;
      }
    }
    return i;
  }

  static boolean isWord(ParsedSentence p, int i, String word) {
    return i >= 0 && i < p.size() && p.token(i).word().equals(word);
  }

  static BitSet range(int from, int to) {
    BitSet set = new BitSet();
    if (to > from) {
      set.set(from, to);
    }
    return set;
  }
}
