package newsfacts.extract.quotes;

import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.Token;

/**
 * The noun phrase that names a speaker next to a reporting verb, found from part-of-speech tags:
 * a run of nominal tokens (Penn tags, grammar rather than vocabulary, so kept here), allowing
 * lower-case connectors inside a name ("Institute for Coastal Research").
 */
final class SpeakerPhrases {
  private static final Set<String> NP_TAGS =
      Set.of("DT", "JJ", "NNP", "NNPS", "NN", "NNS", "PRP", "POS", "CD", "PRP$", "HYPH");
  private static final int MAX_NP = 9;
  private final Set<String> nameConnectors;

  SpeakerPhrases(QuoteWords words) {
    this.nameConnectors = words.speakerNameConnectors();
  }

  /** First token of the phrase that ends at {@code end}, or -1 when no phrase ends there. */
  int startBefore(ParsedSentence p, int end) {
    if (end < 0 || !isNp(p.token(end))) {
      return -1;
    }
    int start = end;
    while (start - 1 >= 0 && end - start + 1 < MAX_NP && (isNp(p.token(start - 1)) || isNameConnector(p, start - 1))) {
      start--;
    }
    return start;
  }

  /** Last token of the phrase that starts at {@code start}; {@code start - 1} when none does. */
  static int endFrom(ParsedSentence p, int start) {
    int end = start - 1;
    while (end + 1 < p.size() && end + 1 - start < MAX_NP && isNp(p.token(end + 1))) {
      end++;
    }
    return end;
  }

  /** The phrase's head: its last noun or pronoun. */
  static int head(ParsedSentence p, int start, int end) {
    for (int i = end; i >= start; i--) {
      String pos = p.token(i).pos();
      if (pos.startsWith("NN") || pos.startsWith("PRP") || p.token(i).word().equalsIgnoreCase("who")) {
        return i;
      }
    }
    return end;
  }

  /** "for" in "Institute for Coastal Research": a lower-case word between capitalised ones. */
  private boolean isNameConnector(ParsedSentence p, int i) {
    String w = p.token(i).word();
    return nameConnectors.contains(w) && i > 0 && i + 1 < p.size()
        && Character.isUpperCase(p.token(i - 1).word().charAt(0)) && Character.isUpperCase(p.token(i + 1).word().charAt(0));
  }

  private static boolean isNp(Token t) {
    return NP_TAGS.contains(t.pos()) || t.word().equalsIgnoreCase("who");
  }
}
