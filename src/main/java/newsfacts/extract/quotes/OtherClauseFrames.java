package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * Contents that the parse attaches to a reporting verb in other ways than a clausal complement:
 * an if/whether question as an adverbial, a verb hung from the clause it reports, and a verb whose
 * clause follows a colon the parse hung it on.
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

  /**
   * "Frustration with the police: activists say officers were too rough": the parse hangs the reporting
   * clause after a colon on the phrase before it (parataxis), which is no content; the verb's own
   * object or clause after it is. Null unless a colon lies between that phrase and the verb's clause
   * and the verb has an object or a clause after it ("..., Ana Ruiz said in an interview" reports nothing here).
   */
  static BitSet afterColon(ParsedSentence p, int verb) {
    int head = p.head(verb);
    BitSet clause = p.subtree(verb);
    if (!p.relation(verb).startsWith("parataxis") || head < 0 || head > verb
        || p.children(verb).stream().noneMatch(c -> c > verb && p.relation(c).matches("ccomp|xcomp|obj"))) {
      return null;
    }
    for (int i = head + 1; i < clause.nextSetBit(0); i++) {
      if (SurfaceTokens.isWord(p, i, ":")) {
        clause.clear(0, verb + 1);
        return clause;
      }
    }
    return null;
  }
}
