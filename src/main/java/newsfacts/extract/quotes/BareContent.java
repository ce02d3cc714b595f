package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.CharSpan;
import newsfacts.model.NerTag;

/**
 * Contents a reporting verb's frame finds that state nothing (scheme v1.2: "a speech verb with no
 * content ... is not a quote"): a bare prepositional phrase, the place, time or manner of the
 * speaking ("spoke in the town hall that overlooks the bay", "said in a statement on Friday",
 * "saying with one exception"), and a bare adverb ("said basically"). A phrase whose preposition
 * names a topic of speech ("speaking of the budget", as in speech-verb-prepositions.txt) is left
 * alone. Checked on indirect contents found by a verb's frame; direct quotes and questions put to a
 * speaker ("asked about the budget") are not.
 */
final class BareContent {
  private final Set<String> topicPrepositions;

  BareContent(QuoteWords words) {
    this.topicPrepositions = words.speechVerbPrepositions().stream()
        .map(s -> s.substring(s.lastIndexOf(' ') + 1)).collect(Collectors.toUnmodifiableSet());
  }

  /** True when the tokens inside the span form one prepositional phrase, or adverbs only. */
  boolean isBare(ParsedSentence p, CharSpan span) {
    BitSet tokens = tokensIn(p, span);
    int first = tokens.nextSetBit(0);
    if (first < 0) {
      return false;
    }
    if (tokens.stream().allMatch(i -> p.token(i).pos().startsWith("RB"))) {
      return true;
    }
    int phrase = p.head(first);
    boolean prepositional = p.relation(first).equals("case") && !p.isVerb(first) && phrase > first && tokens.get(phrase)
        && !p.isVerb(phrase) && !topicPrepositions.contains(p.token(first).word().toLowerCase(Locale.ROOT));
    // nothing else at the top of the content: no clause beside the phrase ("in May, taxes rose")
    return prepositional && tokens.stream().allMatch(i -> i == phrase || p.head(i) >= 0 && tokens.get(p.head(i)) || isEdge(p, i));
  }

  /** Punctuation, and a time hung on the verb beside the phrase ("in a statement on Friday"). */
  private static boolean isEdge(ParsedSentence p, int token) {
    return p.relation(token).equals("punct") || p.token(token).ner() == NerTag.DATE || p.token(token).ner() == NerTag.TIME;
  }

  private static BitSet tokensIn(ParsedSentence p, CharSpan span) {
    BitSet tokens = new BitSet(p.size());
    for (int i = 0; i < p.size(); i++) {
      CharSpan s = p.token(i).span();
      if (span.begin() <= s.begin() && s.end() <= span.end()) {
        tokens.set(i);
      }
    }
    return tokens;
  }
}
