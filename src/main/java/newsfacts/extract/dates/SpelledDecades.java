package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A decade spelled out, "the nineties", which the annotator misses: the latest such decade begun by
 * the publication year, valued as the decade in TimeML ("199"; TempEval-3 training data 1 of 1).
 * Without "the" it is an age ("in their nineties"); in a sentence about the weather a temperature.
 */
final class SpelledDecades {
  private static final Map<String, Integer> DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4, "fifties", 5,
      "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

  private SpelledDecades() {
  }

  static List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    if (!doc.docDate().value().matches("\\d{4}.*")) {
      return timexes;
    }
    int year = Integer.parseInt(doc.docDate().value().substring(0, 4));
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      if (tokens.stream().anyMatch(t -> t.lemma().toLowerCase(Locale.ROOT).matches("degree|temperature"))) {
        continue;
      }
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Integer decade = DECADES.get(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
        if (decade == null || !tokens.get(i).word().equalsIgnoreCase("the")) {
          continue;
        }
        CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(i + 1).span().end());
        int start = year / 100 * 100 + decade * 10;
        start = start > year ? start - 100 : start;
        if (all.stream().noneMatch(t -> t.span().overlaps(span))) {
          all.add(new Timex(span, span.of(doc.text()), TimexType.DATE, String.valueOf(start / 10), sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }
}
