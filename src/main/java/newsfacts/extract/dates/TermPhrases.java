package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * "the near term", "the short term" (an adjective of term-adjectives.txt between "the" and the noun
 * "term"), which the annotator misses: a time ahead, DATE FUTURE_REF in TimeML (TimeBank 2 of 2).
 * "term" before a noun or a hyphen ("the short-term debt", "the long term debt") is adjectival and
 * left alone, as is a phrase the annotator already tagged.
 */
final class TermPhrases {
  private final DateWords words;

  TermPhrases(DateWords words) {
    this.words = words;
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (!isPhrase(tokens, i)) {
          continue;
        }
        CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(i + 2).span().end());
        if (all.stream().noneMatch(t -> t.span().overlaps(span))) {
          all.add(new Timex(span, span.of(doc.text()), TimexType.DATE, "FUTURE_REF", sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  private boolean isPhrase(List<Token> tokens, int i) {
    Token next = i + 3 < tokens.size() ? tokens.get(i + 3) : null;
    return tokens.get(i).word().equalsIgnoreCase("the")
        && words.termAdjectives().contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
        && tokens.get(i + 2).word().equalsIgnoreCase("term")
        && (next == null || !next.pos().matches("NN.*|JJ.*|HYPH|CD") && !next.word().equals("-"));
  }
}
