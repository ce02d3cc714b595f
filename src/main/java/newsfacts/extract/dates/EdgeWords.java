package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * Words the annotator takes into a time expression at its edges though they belong to the
 * sentence: a verb and its preposition before it ("could end in June" -> "June"), "fall" read as
 * the season in "a fall in fourth-quarter profit" (a quarter cannot lie in a season), and a
 * preposition after it that opens a phrase of its own ("said Monday before leaving" -> "Monday",
 * "every month since July" -> "every month"), and an adverb with "on" before a day ("late on Tuesday"
 * -> "Tuesday"). The prepositions stay outside, as the scheme asks.
 * "the day before" (no phrase follows) and "the night before the vote" (no day named) keep theirs.
 */
final class EdgeWords {
  private static final Set<String> LEADING_PREPOSITIONS = Set.of("in", "on", "at");
  private static final Set<String> TRAILING_PREPOSITIONS = Set.of("before", "after", "since", "until");
  private static final Pattern QUARTER_IN_SEASON = Pattern.compile("(.*-(?:Q|H)\\d)-(?:SP|SU|FA|WI)");
  private static final Pattern NAMED = Pattern.compile(".*\\d.*");
  private final DateWords words;

  EdgeWords(DateWords words) {
    this.words = words;
  }

  List<Timex> trim(AnnotatedArticle doc, List<Timex> timexes) {
    List<Timex> all = new ArrayList<>();
    Timex cutFrom = null;
    for (Timex t : timexes) {
      Timex result = cutFrom != null && t.value().equals(cutFrom.value()) ? ownMonth(doc, t) : trimmed(doc, t);
      cutFrom = result.span().end() < t.span().end() && !t.value().isEmpty() ? t : null;
      all.add(result);
    }
    return all;
  }

  private Timex trimmed(AnnotatedArticle doc, Timex t) {
    if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
      return t;
    }
    Sentence sentence = doc.sentences().get(t.sentence());
    List<Token> inside = sentence.tokens().stream().filter(k -> t.span().contains(k.span())).toList();
    if (inside.size() < 2) {
      return t;
    }
    Token first = inside.get(0);
    Token second = inside.get(1);
    boolean leadingVerb = first.pos().startsWith("VB") && LEADING_PREPOSITIONS.contains(lower(second));
    var season = QUARTER_IN_SEASON.matcher(t.value());
    if (inside.size() > 2 && (leadingVerb || season.matches() && "in".equals(lower(second)) || adverbBeforeOn(doc, t, inside))) {
      Timex rest = cut(doc, t, inside.get(2).span().begin(), t.span().end());
      return season.matches() ? rest.withValue(season.group(1)) : rest;
    }
    Token last = inside.get(inside.size() - 1);
    Token next = sentence.tokens().stream().filter(k -> k.span().begin() >= t.span().end()).findFirst().orElse(null);
    if (TRAILING_PREPOSITIONS.contains(lower(last)) && next != null && Character.isLetterOrDigit(next.word().charAt(0))) {
      Timex rest = cut(doc, t, t.span().begin(), inside.get(inside.size() - 2).span().end());
      return namesDate(rest.text()) ? every(rest) : t;
    }
    return t;
  }

  /**
   * "late on Tuesday", "earlier on 3 May": an adverb, "on" and a named day; the preposition stays
   * outside, so the expression is the day ("late Tuesday", with no preposition, stays whole).
   */
  private boolean adverbBeforeOn(AnnotatedArticle doc, Timex t, List<Token> inside) {
    return inside.get(0).pos().matches("RB.?|JJ.?") && "on".equals(lower(inside.get(1)))
        && namesDate(doc.text().substring(inside.get(2).span().begin(), t.span().end()));
  }

  /**
   * The annotator gives the words after a cut preposition the value of the whole ("July" of "every
   * month since July" a SET): a month alone is that month of the publication year, anchored later.
   */
  private Timex ownMonth(AnnotatedArticle doc, Timex t) {
    String month = words.calendarMonths().get(t.text().toLowerCase(Locale.ROOT));
    String year = doc.docDate().value().length() >= 4 ? doc.docDate().value().substring(0, 4) : "XXXX";
    return month == null ? t : t.withType(TimexType.DATE, year + "-" + month);
  }

  /** "every month" with the value of the month the annotator joined to it: one month, each time. */
  private Timex every(Timex t) {
    String[] parts = t.text().toLowerCase(Locale.ROOT).split("\\s+");
    String unit = parts.length == 2 && parts[0].equals("every") ? words.durationUnits().get(parts[1]) : null;
    // a unit with a count of its own ("every decade", 10Y) is that many: P10Y
    return unit == null ? t : t.withType(TimexType.SET, "P" + (Character.isDigit(unit.charAt(0)) ? unit : "1" + unit));
  }

  /** The rest names a date of its own: a number, a weekday, a month, "this", "next", "last" or "every". */
  private boolean namesDate(String text) {
    return NAMED.matcher(text).matches() || LetterWords.of(text.toLowerCase(Locale.ROOT)).anyMatch(w -> words.weekdayNames().contains(w)
        || words.calendarMonths().containsKey(w) || words.deicticOffsets().containsKey(w) || w.equals("every"));
  }

  private static Timex cut(AnnotatedArticle doc, Timex t, int begin, int end) {
    CharSpan span = new CharSpan(begin, end);
    return t.withSpan(span, span.of(doc.text()));
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
