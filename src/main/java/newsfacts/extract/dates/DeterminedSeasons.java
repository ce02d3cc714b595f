package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.Token;

/**
 * A season or part of the day tagged without its article: "in the spring" -> "the spring",
 * "early in the morning" -> "the morning", "that night" (the scheme keeps determiners inside;
 * TimeBank writes "the summer", "the morning"). Only when the word heads its phrase: "the spring meeting" is a
 * meeting, and a word tagged with others around it keeps its span.
 */
final class DeterminedSeasons {
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
  private final DateWords words;

  DeterminedSeasons(DateWords words) {
    this.words = words;
  }

  List<Timex> extend(AnnotatedArticle doc, List<Timex> timexes) {
    List<Timex> out = new ArrayList<>(timexes.size());
    for (Timex t : timexes) {
      out.add(isSeasonOrPart(t.text()) ? withArticle(doc, t) : t);
    }
    return out;
  }

  private boolean isSeasonOrPart(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return DAY_PARTS.contains(lower) || words.calendarPeriods().contains(lower) && !lower.equals("quarter") && !lower.equals("half");
  }

  private static Timex withArticle(AnnotatedArticle doc, Timex t) {
    if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
      return t;
    }
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens();
    Token before = null;
    Token after = null;
    for (Token k : tokens) {
      if (k.span().end() <= t.span().begin()) {
        before = k;
      } else if (after == null && k.span().begin() >= t.span().end()) {
        after = k;
      }
    }
    boolean headed = after == null || !after.pos().startsWith("NN");
    if (before == null || !headed || !isDeterminer(before) || before.span().end() + 1 != t.span().begin()) {
      return t;
    }
    CharSpan span = new CharSpan(before.span().begin(), t.span().end());
    return t.withSpan(span, span.of(doc.text()));
  }

  /** "the", or a demonstrative "that" ("that night"; the conjunction "that" is tagged IN). */
  private static boolean isDeterminer(Token token) {
    return token.word().equalsIgnoreCase("the") || token.word().equalsIgnoreCase("that") && token.pos().matches("DT|WDT");
  }
}
