package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.NerTag;

/**
 * Where the content of a leading attribution ("X said (that) C") starts and ends: after a date or
 * a short adjunct before "that", at a to-infinitive; before a ", adding ..." participle clause or
 * a reporting verb coordinated with the cue.
 */
final class ContentBounds {
  /** Tokens of an adjunct between a verb and its "that" ("in an essay for the paper"). */
  private static final int MAX_ADJUNCT = 8;
  private final QuoteWords words;

  ContentBounds(QuoteWords words) {
    this.words = words;
  }

  /**
   * "..., adding (that) C": C runs to the end of the sentence or the next participle clause; a short
   * addressee or adjunct before the participle's clause is left out ("telling reporters that C").
   */
  BitSet participleContent(ParsedSentence p, int verb) {
    // '..., adding' and '... "founded it," adding': a comma, or closing quotation marks after one
    if (verb == 0 || !SurfaceTokens.isBoundaryBefore(p, verb - 1) || !p.token(verb).pos().equals("VBG")) {
      return null;
    }
    // "..., telling reporters that C": the addressee is not part of C
    int from = thatAfterAdjunct(p, verb, verb + 1);
    if (ContentTrimmer.isComplementizer(p, from)) {
      from++;
    }
    int to = clauseEnd(p, from);
    return to - from < 2 ? null : SurfaceTokens.range(from, to);
  }

  /**
   * "wrote in an essay that ...", "told reporters the bridge ...": the content starts at the verb's
   * clausal complement when only a short adjunct or addressee (no comma, no verb) comes before it;
   * else at {@code from}.
   */
  static int thatAfterAdjunct(ParsedSentence p, int verb, int from) {
    int clause = p.child(verb, "ccomp");
    int first = clause < 0 ? -1 : p.subtree(clause).nextSetBit(0);
    if (first <= from || first - from > MAX_ADJUNCT) {
      return from;
    }
    for (int i = from; i < first; i++) {
      if (SurfaceTokens.isWord(p, i, ",") || p.isVerb(i)) {
        return from;
      }
    }
    return first;
  }

  /** "warned on Wednesday that ...": a date right after the verb is not part of the content. */
  static int skipTimeAdjunct(ParsedSentence p, int from) {
    int i = from;
    if (i < p.size() && p.token(i).word().equals("on")) {
      i++;
    }
    while (i < p.size() && (p.token(i).ner() == NerTag.DATE || p.token(i).ner() == NerTag.TIME)) {
      i++;
    }
    return i < p.size() && p.token(i).word().equalsIgnoreCase("that") && i > from ? i : from;
  }

  static int infinitiveStart(ParsedSentence p, int from) {
    for (int i = from; i < Math.min(p.size() - 1, from + 10); i++) {
      String next = p.token(i + 1).pos();
      if (p.token(i).word().equalsIgnoreCase("to") && (next.startsWith("VB") || next.equals("NN"))) {
        return i;
      }
      if (SurfaceTokens.isWord(p, i, ",") || SurfaceTokens.isWord(p, i, ".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "X said C1 and promised C2": the content of the first verb ends before a reporting verb
   * coordinated with it, which reports a quote of its own.
   */
  int coordinatedReportEnd(ParsedSentence p, int verb, int from) {
    for (int i = from + 1; i < p.size(); i++) {
      boolean coordinated = p.head(i) == verb && p.relation(i).startsWith("conj") && p.isVerb(i)
          && words.reportingVerbs().contains(p.token(i).lemma().toLowerCase(Locale.ROOT));
      if (coordinated) {
        int end = i;
        while (end > from && (p.token(end - 1).pos().equals("CC") || p.token(end - 1).pos().startsWith("RB")
            || SurfaceTokens.isAux(words, p.token(end - 1)) || SurfaceTokens.isWord(p, end - 1, ","))) {
          end--;
        }
        return end;
      }
    }
    return p.size();
  }

  /** End (exclusive) of content: the sentence end, or a ", adding/saying" participle clause. */
  int clauseEnd(ParsedSentence p, int from) {
    for (int i = from; i < p.size(); i++) {
      if (SurfaceTokens.isWord(p, i, ",") && isParticipleClause(p, i + 1)) {
        return i;
      }
    }
    return p.size();
  }

  boolean isParticipleClause(ParsedSentence p, int i) {
    return i < p.size() && p.token(i).pos().equals("VBG")
        && words.participleReportingVerbs().contains(p.token(i).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * A verb's content never holds the reporting verb whose clause it is: in "Ana Ruiz said the port is safe, the
   * ministry said" the content of the inner "said" ends before ", the ministry said". The same content when it
   * does not reach there.
   */
  static BitSet withoutGovernor(QuoteWords words, ParsedSentence p, int verb, BitSet content) {
    int head = p.head(verb);
    if (head <= verb || !content.get(head) || !p.relation(verb).equals("ccomp")
        || !words.reportingVerbs().contains(p.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return content;
    }
    int subject = p.child(head, "nsubj");
    int cut = subject > verb && subject < head ? p.subtree(subject).nextSetBit(0) : head;
    BitSet result = (BitSet) content.clone();
    result.clear(cut, p.size());
    for (int i = result.length() - 1; i >= 0 && p.token(i).word().chars().noneMatch(Character::isLetterOrDigit); i--) {
      result.clear(i);
    }
    return result;
  }
}
