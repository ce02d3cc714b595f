package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * A sentence that opens with the question put to the speaker: "Asked whether the ferry would run,
 * Ana Ruiz said no", "When asked about the budget, the mayor said ...". The question is reported
 * speech whose asker is not stated (an indirect quote with no source, cue "Asked"); the opening
 * phrase is never the content of the answer's verb, whose content is what follows the verb ("no",
 * "the port"). The parse of these openings varies (the participle as subject, root or dependent),
 * so the phrase is read from the surface: the participle first in the sentence or after one
 * subordinating word, up to the first comma.
 */
final class AskedOpeners {
  /** Question openers besides the wh-words (POS WDT, WP, WRB) and "if"/"whether". */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about");

  private AskedOpeners() {}

  /** The index of the comma that closes the opening "Asked ..." phrase, or -1 when there is none. */
  static int end(ParsedSentence p) {
    int asked = asked(p);
    if (asked < 0) {
      return -1;
    }
    for (int i = asked + 2; i + 2 < p.size(); i++) {
      if (SurfaceTokens.isWord(p, i, ",")) {
        return i;
      }
    }
    return -1;
  }

  /** The "Asked" participle opening the sentence ("Asked ...", "When asked ..."), or -1. */
  static int asked(ParsedSentence p) {
    for (int i = 0; i < Math.min(2, p.size()); i++) {
      boolean participle = p.token(i).pos().equals("VBN") || p.token(i).pos().equals("VBD");
      if (participle && p.token(i).lemma().toLowerCase(Locale.ROOT).equals("ask")) {
        boolean opener = i == 0 || p.token(0).pos().equals("WRB") || p.token(0).pos().equals("IN");
        return opener ? i : -1;
      }
    }
    return -1;
  }

  /** The question itself, from its opening word to the closing comma, or null. */
  static BitSet question(ParsedSentence p, Set<String> complementizers) {
    int end = end(p);
    if (end < 0) {
      return null;
    }
    for (int i = asked(p) + 1; i < end; i++) {
      String word = p.token(i).word().toLowerCase(Locale.ROOT);
      String pos = p.token(i).pos();
      boolean wh = pos.equals("WDT") || pos.equals("WP") || pos.equals("WRB");
      if (wh || complementizers.contains(word) || TOPIC_PREPOSITIONS.contains(word)) {
        return end - i < 2 ? null : SurfaceTokens.range(i, end);
      }
    }
    return null;
  }

  /**
   * The content of a verb after an "Asked ..." opening: the verb's own content without the opening,
   * or the words after the verb ("said no") when the opening was all of it; null when there is no
   * opening before the verb.
   */
  static BitSet answer(ParsedSentence p, int verb, BitSet content) {
    int end = end(p);
    if (end < 0 || verb <= end || content.nextSetBit(0) > end) {
      return null;
    }
    BitSet result = (BitSet) content.clone();
    result.clear(0, end + 1);
    if (result.isEmpty()) {
      int last = p.size();
      while (last > verb + 1 && p.token(last - 1).pos().matches("[.,:]|''")) {
        last--;
      }
      result = last - verb - 1 < 1 || last - verb - 1 > 3 ? result : SurfaceTokens.range(verb + 1, last);
    }
    return result;
  }
}
