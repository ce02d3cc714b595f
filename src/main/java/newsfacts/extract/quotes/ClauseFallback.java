package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * The clause a plain speech verb reports, read from the surface when the parse gave the verb no
 * clausal complement: "Ana Ruiz said the plan would fail" with "plan" as the object and "fail" hung
 * elsewhere, or "The plan will fail, Ana Ruiz said" with "said" hung inside the clause it reports.
 * The verb must have a subject of its own in the parse, and the clause a finite verb. A clause
 * another reading of the sentence already covers stays with that reading (QuoteExtractor).
 */
final class ClauseFallback {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final int SUBJECT_REACH = 12;
  private static final int SET_OFF_REACH = 14;
  private final QuoteWords words;

  ClauseFallback(QuoteWords words) {
    this.words = words;
  }

  /** The reported clause after or before the verb, or null. */
  BitSet content(ParsedSentence p, int verb) {
    if (!words.clauseFallbackVerbs().contains(p.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int subject = ClauseSubjects.subject(p, verb);
    if (subject < 0 && p.relation(verb).startsWith("conj") && p.head(verb) >= 0 && p.head(verb) < verb) {
      // "She met the board and said the port would close": the subject is the first conjunct's
      return after(p, verb);
    }
    if (subject < 0 || !isSpeakerWord(p, subject)) {
      return null;
    }
    int start = p.subtree(subject).nextSetBit(0);
    if (subject < verb) {
      BitSet after = after(p, verb);
      after = after != null ? after : extractedSubject(p, start, verb);
      return after != null || !closesSentence(p, verb) ? after : before(p, start);
    }
    boolean inverted = subject > verb && SurfaceTokens.isWord(p, verb - 1, ",");
    return inverted ? before(p, verb) : null;
  }

  /** A noun, a pronoun or a number, not a relative pronoun ("who") nor a gerund. */
  private boolean isSpeakerWord(ParsedSentence p, int subject) {
    String pos = p.token(subject).pos();
    boolean nominal = pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD") || pos.equals("DT");
    return nominal && !words.relativePronouns().contains(p.token(subject).word().toLowerCase(Locale.ROOT));
  }

  /** "C, X said (on Tuesday).": at most a short tail without a comma after the verb. */
  private static boolean closesSentence(ParsedSentence p, int verb) {
    int end = p.size();
    while (end > verb + 1 && p.token(end - 1).pos().matches("[.]|''|-RRB-")) {
      end--;
    }
    for (int i = verb + 1; i < end; i++) {
      if (SurfaceTokens.isWord(p, i, ",") || p.isVerb(i)) {
        return false;
      }
    }
    return end - verb <= 4;
  }

  /** "said (that) C": C up to the end of the sentence, a ";" or ":", opening with a clause. */
  private BitSet after(ParsedSentence p, int verb) {
    int from = verb + 1;
    if (ContentTrimmer.isComplementizer(p, from)) {
      from++;
    } else if (!opensClause(p, from)) {
      return null;
    }
    int to = from;
    while (to < p.size() && !p.token(to).word().matches("[;:]") && !isReportAhead(p, to)) {
      to++;
    }
    while (to > from && p.token(to - 1).pos().matches("[.,:]")) {
      to--;
    }
    return clause(p, from, to);
  }

  /**
   * "a plan which the mayor said would fail", "what analysts say is a risk": the verb's clause lost
   * its subject to the relative or wh-word before the speaker, so a finite verb follows the speech
   * verb at once; the content is that predicate up to the end of the clause (a comma, a dash or a
   * bracket). Null otherwise.
   */
  private BitSet extractedSubject(ParsedSentence p, int start, int verb) {
    int next = verb + 1 < p.size() && p.token(verb + 1).pos().startsWith("RB") ? verb + 2 : verb + 1;
    if (start < 1 || next >= p.size() || !FINITE.contains(p.token(next).pos())
        || !words.relativePronouns().contains(p.token(start - 1).word().toLowerCase(Locale.ROOT))
            && !p.token(start - 1).word().equalsIgnoreCase("what")) {
      return null;
    }
    int to = next;
    while (to < p.size() && !p.token(to).pos().matches("[.,:]|-LRB-|-RRB-|HYPH") && !p.token(to).word().matches("[;-]+")) {
      to++;
    }
    return clause(p, next, to);
  }

  /**
   * "C, X said": C before the comma that precedes the speaker (or an inverted verb), also past a closing
   * quotation mark whose opening one lies inside C ('Ana Ruiz "is right," the mayor said').
   */
  private BitSet before(ParsedSentence p, int start) {
    int comma = start > 0 && p.token(start - 1).pos().equals("''") ? start - 2 : start - 1;
    if (comma < 2 || !SurfaceTokens.isWord(p, comma, ",")) {
      return null;
    }
    return clause(p, 0, comma);
  }

  /** A subject word and then a finite verb before any comma: "the plan would fail". */
  private static boolean opensClause(ParsedSentence p, int from) {
    if (from >= p.size() || p.token(from).pos().matches("IN|TO|,|RB.*|WRB")) {
      return false;
    }
    for (int i = from + 1; i < Math.min(p.size(), from + SUBJECT_REACH); i++) {
      if (SurfaceTokens.isWord(p, i, ",") && finiteAfterSetOff(p, i)) {
        return true;
      }
      // "said Friday as he entered the talks": a subordinate clause, not what was said
      if (SurfaceTokens.isWord(p, i, ",") || p.relation(i).equals("mark")) {
        return false;
      }
      if (FINITE.contains(p.token(i).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the plan, drafted by the council, would fail": at {@code comma} a past participle phrase set
   * off by commas, and a finite verb (perhaps after an adverb) right after the closing comma.
   */
  private static boolean finiteAfterSetOff(ParsedSentence p, int comma) {
    if (comma + 2 >= p.size() || !p.token(comma + 1).pos().equals("VBN")) {
      return false;
    }
    for (int i = comma + 2; i < Math.min(p.size() - 2, comma + SET_OFF_REACH); i++) {
      if (SurfaceTokens.isWord(p, i, ",")) {
        int next = p.token(i + 1).pos().startsWith("RB") ? i + 2 : i + 1;
        return FINITE.contains(p.token(next).pos());
      }
      if (p.token(i).pos().matches("[.:]|``|''") || FINITE.contains(p.token(i).pos())) {
        return false;
      }
    }
    return false;
  }

  /** ", X said" or ", said X" right after {@code comma}: another attribution closes the clause. */
  private boolean isReportAhead(ParsedSentence p, int comma) {
    if (!SurfaceTokens.isWord(p, comma, ",")) {
      return false;
    }
    for (int i = comma + 1; i < Math.min(p.size(), comma + 5); i++) {
      if (words.reportingVerbs().contains(p.token(i).lemma().toLowerCase(Locale.ROOT)) && p.isVerb(i)) {
        return true;
      }
    }
    return false;
  }

  private static BitSet clause(ParsedSentence p, int from, int to) {
    if (to - from < 3) {
      return null;
    }
    BitSet content = new BitSet();
    content.set(from, to);
    return content.stream().anyMatch(i -> FINITE.contains(p.token(i).pos())) ? content : null;
  }
}
