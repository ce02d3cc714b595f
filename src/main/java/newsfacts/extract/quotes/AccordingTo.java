package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * "According to X, C": the source phrase and what it attributes. At the start or the end of the
 * sentence the content is the rest of it; in mid-sentence it is the whole sentence when the
 * phrase interrupts a clause ("Most voters, according to the poll, back the plan", as PolNeAR
 * marks it) and what follows when only an adjunct precedes ("In addition, according to X, C").
 */
final class AccordingTo {
  private AccordingTo() {}

  /** The content tokens and whether they run around the source phrase. */
  record Content(BitSet tokens, boolean aroundSource) {}

  static boolean at(ParsedSentence p, int t) {
    return t + 1 < p.size() && p.token(t).word().equalsIgnoreCase("according")
        && p.token(t + 1).word().equalsIgnoreCase("to");
  }

  /**
   * The source head of the phrase opening at {@code t}: "according to a tally by the agency" and
   * "according to a post from Ana Ruiz" name their author, who is the source; -1 if none.
   */
  static int source(ParsedSentence p, int t, Set<String> authoredNouns) {
    int head = p.head(t);
    if (head < 0 || head == t) {
      return -1;
    }
    if (!authoredNouns.contains(p.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return head;
    }
    for (int c : p.children(head)) {
      int mark = p.child(c, "case");
      boolean byOrFrom = mark >= 0 && (p.token(mark).word().equalsIgnoreCase("by")
          || p.token(mark).word().equalsIgnoreCase("from"));
      if (c > head && p.relation(c).startsWith("nmod") && byOrFrom) {
        return c;
      }
    }
    return head;
  }

  /** The content of the phrase opening at {@code t} whose source head is {@code source}. */
  static Content content(ParsedSentence p, int t, int source) {
    BitSet content = new BitSet();
    content.set(0, p.size());
    content.andNot(sourcePhrase(p, t, source));
    content.clear(t, t + 2);
    boolean interrupts = interruptsClause(p, content, t);
    if (!interrupts) {
      content.clear(0, t);
    }
    return new Content(content, interrupts);
  }

  /**
   * The tokens of the source phrase: the subtree of its head, cut at the comma that closes an
   * opening phrase when the parse hung the sentence's own clause on it ("According to the
   * Freedonian ministry, the port is closed", the parse reading "closed" as a dependent of "ministry").
   */
  private static BitSet sourcePhrase(ParsedSentence p, int t, int source) {
    BitSet phrase = p.subtree(source);
    // the phrase opens at "according": "C, according to the poll" parsed with the poll as the root over C
    phrase.clear(0, t);
    if (!opensSentence(p, t)) {
      return phrase;
    }
    int comma = -1;
    for (int i = t + 2; i < p.size() && comma < 0; i++) {
      comma = p.token(i).word().equals(",") && verbBeforeNextComma(p, i + 1) ? i : -1;
    }
    if (comma < 0 || !phrase.get(comma + 1)) {
      return phrase;
    }
    boolean clause = false;
    for (int i = comma + 1; i < p.size(); i++) {
      clause |= p.isVerb(i) && phrase.get(i) || p.relation(i).startsWith("nsubj") && phrase.get(i);
    }
    if (clause) {
      phrase.clear(comma, p.size());
    }
    return phrase;
  }

  /**
   * A verb or subject between {@code from} and the next comma, outside a relative clause: a clause,
   * not an apposition ("a friend who died in May") or a list item.
   */
  private static boolean verbBeforeNextComma(ParsedSentence p, int from) {
    for (int i = from; i < p.size() && !p.token(i).word().equals(","); i++) {
      boolean clauseWord = p.isVerb(i) && !p.relation(i).startsWith("acl")
          || p.relation(i).startsWith("nsubj") && p.head(i) >= 0 && !p.relation(p.head(i)).startsWith("acl");
      if (clauseWord) {
        return true;
      }
    }
    return false;
  }

  /** Only a conjunction or adverb ("But", "Still") comes before the phrase opening at {@code t}. */
  private static boolean opensSentence(ParsedSentence p, int t) {
    for (int i = 0; i < t; i++) {
      if (!p.token(i).pos().matches("CC|RB|,")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The phrase opening at {@code at} ends the sentence, or sits inside the content's clause: a
   * subject or verb comes before it.
   */
  private static boolean interruptsClause(ParsedSentence p, BitSet content, int at) {
    if (content.stream().filter(i -> i > at).allMatch(i -> p.token(i).pos().equals("."))) {
      return true;
    }
    return content.stream().filter(i -> i < at)
        .anyMatch(i -> p.isVerb(i) || p.relation(i).startsWith("nsubj"));
  }
}
