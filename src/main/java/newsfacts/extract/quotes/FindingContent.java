package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * What a document, poll or study states or finds (scheme v1.2) when the parse gives the finding
 * verb a noun phrase rather than a clause: "The poll shows Ana Ruiz ahead in the north".
 */
final class FindingContent {
  private FindingContent() {
  }

  /**
   * "The survey found that ...", "The poll shows a close race": a finding verb (lemma {@code lemma})
   * reports when its subject token {@code subject} (-1: none) is a document or poll.
   */
  static boolean isFinding(ParsedSentence p, int subject, String lemma, QuoteWords words) {
    return words.findingVerbs().contains(lemma) && subject >= 0
        && words.findingSources().contains(p.token(subject).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The verb's active subject, or for a relative pronoun the noun the clause modifies ("a poll that
   * shows Ana Ruiz ahead": the poll); -1 when the verb has no active subject.
   */
  static int activeSubject(ParsedSentence p, int verb, QuoteWords words) {
    int subject = p.child(verb, "nsubj");
    boolean relative = subject >= 0 && words.relativePronouns().contains(p.token(subject).word().toLowerCase(Locale.ROOT));
    return relative ? ClauseSubjects.relativeAntecedent(p, verb, subject) : subject;
  }

  /**
   * "The poll shows Ana Ruiz ahead by six points in the north": what a finding states runs past its
   * object, so every dependent after the verb is content but a coordinated clause and punctuation.
   */
  static BitSet rightOfVerb(ParsedSentence p, int verb) {
    BitSet content = new BitSet();
    for (int c : p.children(verb)) {
      if (c > verb && !p.relation(c).matches("punct|cc|conj|parataxis")) {
        content.or(p.subtree(c));
      }
    }
    return content;
  }
}
