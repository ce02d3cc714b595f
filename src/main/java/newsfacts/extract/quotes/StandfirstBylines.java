package newsfacts.extract.quotes;

import java.util.BitSet;
import newsfacts.extract.ParsedSentence;

/**
 * "The port was built for trade. Now its owners want it to pay, writes Ana Ruiz": the standfirst under a
 * broadsheet headline names the article's author with "writes" and her name, and has no full stop. That
 * is a byline, not a quote: a line closed by ", writes" and a name alone (proper nouns to the end, no
 * closing punctuation) reports nothing. "C, writes Ana Ruiz in the Bugle." in a body sentence stays a quote.
 */
final class StandfirstBylines {
  private StandfirstBylines() {
  }

  /** The present "writes" at {@code verb} closes a standfirst line with its author's name. */
  static boolean at(ParsedSentence p, int verb, BitSet content) {
    if (!p.token(verb).word().equalsIgnoreCase("writes") || verb < 1 || verb + 1 >= p.size()
        || !p.token(verb - 1).word().equals(",") || content.length() > verb) {
      return false;
    }
    for (int i = verb + 1; i < p.size(); i++) {
      if (!p.token(i).pos().equals("NNP")) {
        return false;
      }
    }
    return true;
  }
}
