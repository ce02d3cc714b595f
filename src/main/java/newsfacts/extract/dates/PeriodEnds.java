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
 * "by year-end", "by year's end", "at month end": the end of the current period, which the
 * annotator misses. A DATE with the publication date at the unit's precision (ago-units.txt:
 * "year" -> YYYY); TimeML puts the end in a modifier. Before a noun ("year-end bonus") the
 * compound is an adjective and stays out.
 */
final class PeriodEnds {
  private final DateWords words;

  PeriodEnds(DateWords words) {
    this.words = words;
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    if (!doc.docDate().isFullDate()) {
      return timexes;
    }
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        String precision = words.agoUnits().get(word.contains("-") ? word.substring(0, word.indexOf('-')) : word);
        int end = endNounAfter(tokens, i);
        if (precision == null || end < 0 || end + 1 < tokens.size() && tokens.get(end + 1).pos().startsWith("NN")) {
          continue;
        }
        CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(end).span().end());
        if (TimexLists.fitsAmong(all, span)) {
          String value = doc.docDate().value().substring(0, precision.length());
          TimexLists.putOver(all, new Timex(span, span.of(doc.text()), TimexType.DATE, value, sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  /** The index of "end" in "year end", "year-end", "year - end" or "year 's end" from {@code i}, or -1. */
  private int endNounAfter(List<Token> tokens, int i) {
    String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
    for (String noun : words.periodEndNouns()) {
      if (word.endsWith("-" + noun)) {
        return i;
      }
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
      if (words.periodEndNouns().contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return j;
      }
      if (!tokens.get(j).word().matches("-|'s")) {
        return -1;
      }
    }
    return -1;
  }
}
