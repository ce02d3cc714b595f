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
 * Noun phrases of earnings reports the annotator misses: "the year-ago quarter", "the comparable
 * year-earlier period" (a unit, a hyphen and a word that looks back, then a period noun). They are
 * added as dates with no value, replacing a part the annotator tagged ("year-ago");
 * {@link StoryTime} gives them the quarter a year before the one the story reports on; "the
 * latest period" (also missed) is that quarter itself. The adjective alone ("year-earlier
 * profit", "the year-ago results") is a date of its own, as "third-quarter profit" is: it names one
 * period, not a vague time (TimeBank annotates 8 of 9), and takes the same value.
 */
final class FiscalPhrases {
  private final DateWords words;

  FiscalPhrases(DateWords words) {
    this.words = words;
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int compound = yearBackCompoundEnd(tokens, i);
        int end = compound < 0 ? -1 : periodNounAfter(tokens, compound);
        if (end < 0) {
          end = latestPeriodAt(tokens, i);
        }
        boolean alone = end < 0 && compound >= 0 && tokens.get(i).word().toLowerCase(Locale.ROOT).startsWith("year")
            && !beforeTimeOrAmount(all, tokens, compound);
        if (alone) {
          end = compound;
        } else if (end < 0) {
          continue;
        }
        int begin = i;
        while (!alone && begin > 0 && tokens.get(begin - 1).pos().matches("JJ|DT")) {
          begin--;
        }
        CharSpan span = new CharSpan(tokens.get(begin).span().begin(), tokens.get(end).span().end());
        if (TimexLists.fitsAmong(all, span)) {
          TimexLists.putOver(all, new Timex(span, span.of(doc.text()), TimexType.DATE, "", sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  /**
   * "the year-earlier nine months": the compound modifies a time expression of its own, which stays
   * as it is; "below the year-earlier $4.5 million": an amount, not a time (TimeBank leaves it).
   */
  private static boolean beforeTimeOrAmount(List<Timex> timexes, List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(last + 1);
    return next.pos().matches("\\$|CD") || timexes.stream().anyMatch(t -> t.span().contains(next.span()));
  }

  /** "the latest period": the index of the period noun when token {@code i} is "latest" after "the", else -1. */
  private int latestPeriodAt(List<Token> tokens, int i) {
    boolean fits = i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).pos().equals("DT")
        && words.periodReferenceAdjectives().contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        && words.periodReferences().contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
    return fits ? i + 1 : -1;
  }

  /**
   * "the year ended March 31", "the fiscal year ending June 30": a year that ends on a given day is
   * not a calendar year, so only its length is known: DURATION P1Y (TimeBank), the day being a DATE of
   * its own.
   */
  Timex yearByItsEnd(String text, Timex t) {
    String lower = t.text().toLowerCase(Locale.ROOT).strip();
    if (!lower.equals("year") && !lower.endsWith(" year")) {
      return t;
    }
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20)).strip();
    String next = after.split("[^A-Za-z]+", 2)[0].toLowerCase(Locale.ROOT);
    return words.periodEndWords().contains(next) ? t.withType(TimexType.DURATION, "P1Y") : t;
  }

  /**
   * The last token of a compound "year-ago" or "year-earlier" starting at {@code i}, or -1. The
   * compound is one token or three ("year", "-", "ago"), as the tokenizer splits hyphens or not.
   */
  private int yearBackCompoundEnd(List<Token> tokens, int i) {
    int last = i;
    String compound = tokens.get(i).word();
    if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")) {
      compound = compound + "-" + tokens.get(i + 2).word();
      last = i + 2;
    }
    String[] parts = compound.toLowerCase(Locale.ROOT).split("-");
    boolean fits = parts.length == 2 && words.durationUnits().containsKey(parts[0])
        && ("ago".equals(parts[1]) || words.storyOffsets().getOrDefault(parts[1], "").equals("-1"));
    return fits ? last : -1;
  }

  /** The index of the period noun within two tokens after the compound ending at {@code last} ("year-ago third quarter"), or -1. */
  private int periodNounAfter(List<Token> tokens, int last) {
    for (int j = last + 1; j < Math.min(tokens.size(), last + 3); j++) {
      if (words.periodReferences().contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return j;
      }
    }
    return -1;
  }
}
