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
 * A month or a year behind a hyphenated prefix, which the annotator misses when the tokenizer
 * keeps the word whole: "mid-November" (the month, its year found by {@link YearlessDates} as
 * for "November"), "late-March", "mid-1996", "post-1959". One token or three ("mid", "-",
 * "November"); a part of it the annotator tagged ("November") is replaced by the whole.
 */
final class PrefixedPeriods {
  private final DateWords words;

  PrefixedPeriods(DateWords words) {
    this.words = words;
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    String year = doc.docDate().value().matches("\\d{4}.*") ? doc.docDate().value().substring(0, 4) : "XXXX";
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int last = i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-") ? i + 2 : i;
        CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(last).span().end());
        String value = valueOf(span.of(doc.text()), year);
        if (value != null && TimexLists.fitsAmong(all, span)) {
          TimexLists.putOver(all, new Timex(span, span.of(doc.text()), TimexType.DATE, value, sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  /** "mid-November" -> "YYYY-11", "post-1959" -> "1959"; null when the word is no such period. */
  private String valueOf(String word, String year) {
    String[] parts = word.toLowerCase(Locale.ROOT).split("\\s*-\\s*");
    if (parts.length != 2 || !words.periodPrefixes().contains(parts[0])) {
      return null;
    }
    if (parts[1].matches("1\\d{3}|20\\d{2}")) {
      return parts[1];
    }
    String month = words.calendarMonths().get(parts[1]);
    return month == null ? null : year + "-" + month;
  }
}
