package newsfacts.extract.quotes;

import java.util.Locale;
import newsfacts.extract.ParsedSentence;

/**
 * Speech that a sentence puts as an open question or a condition, not as having happened (scheme
 * v1.2: quotes are what a source says): a reporting verb in a "whether" or "if" clause ("checked
 * whether anyone disclosed the data", "if the mayor denied the claim, ..."). Modals and
 * infinitives ("will announce", "free to disclose") were measured too and cost more true quotes
 * than they saved on polnear-dev.
 */
final class IrrealisSpeech {
  private IrrealisSpeech() {}

  /** True when the verb heads a clause opened by "whether" or "if". */
  static boolean at(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      String word = p.token(c).word().toLowerCase(Locale.ROOT);
      if (p.relation(c).equals("mark") && (word.equals("whether") || word.equals("if"))) {
        return true;
      }
    }
    return false;
  }
}
