package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * Contents that the parse attaches to a reporting verb in other ways than a clausal complement:
 * an if/whether question as an adverbial, and a verb hung from the clause it reports.
 */
final class OtherClauseFrames {
  private OtherClauseFrames() {}

  /** "asked (the students) if they were ready": an if/whether clause after the verb, or -1. */
  static int questionClause(ParsedSentence p, int verb, QuoteWords words) {
    for (int c : p.children(verb)) {
      int mark = p.child(c, "mark");
      if (c > verb && p.relation(c).startsWith("advcl") && mark >= 0
          && words.questionComplementizers().contains(p.token(mark).word().toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "While the party says it is ready, it lacks funds": the parse often hangs "says" from the clause
   * it reports, as an adverbial of it. The content is that clause after the verb, up to a comma
   * that opens the main clause; null when the verb is no such subordinate.
   */
  static BitSet subordinateContent(ParsedSentence p, int verb) {
    int head = p.head(verb);
    int mark = p.child(verb, "mark");
    int subject = p.child(verb, "nsubj");
    if (!p.relation(verb).startsWith("advcl") || head <= verb || mark < 0 || mark > verb || subject < 0
        || subject > verb || p.child(verb, "ccomp") >= 0) {
      return null;
    }
    BitSet content = p.subtree(head);
    content.clear(0, verb + 1);
    for (int i = verb + 1; i < head; i++) {
      if (SurfaceTokens.isWord(p, i, ",")) {
        return null;
      }
    }
    for (int c : p.children(head)) {
      int first = p.subtree(c).nextSetBit(0);
      boolean clause = p.relation(c).startsWith("advcl") || p.relation(c).startsWith("conj")
          || p.relation(c).startsWith("parataxis");
      if (c > head && clause && first > 0 && SurfaceTokens.isWord(p, first, ",")) {
        content.andNot(p.subtree(c));
      }
    }
    return content;
  }
}
