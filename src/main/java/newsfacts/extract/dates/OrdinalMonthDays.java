package newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A bare ordinal day, "on the 24th", which the annotator misses: the day of the publication month,
 * of the month after when the sentence looks ahead past a day gone ("will meet on the 3rd" on the
 * 20th), of the month before when a past sentence names a day still to come ("met on the 28th" on
 * the 5th). Only after a preposition of ordinal-day-prepositions.txt and with no noun after it ("on
 * the 24th floor", "the 3rd Circuit", "the 24th of May" are not this).
 */
final class OrdinalMonthDays {
  private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
  /** Tags of a token that may follow the day: punctuation, a conjunction, a verb, an adverb, a preposition. */
  private static final Pattern AFTER = Pattern.compile("[.,:;]|''|``|-RRB-|CC|TO|MD|VB.?|RB|WRB|WDT|IN");
  private static final Set<String> PREPOSITIONS = WordLists.set("ordinal-day-prepositions.txt");
  private final DateWords words;

  OrdinalMonthDays(DateWords words) {
    this.words = words;
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    if (!doc.docDate().isFullDate()) {
      return timexes;
    }
    LocalDate published = LocalDate.parse(doc.docDate().value());
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i + 1 < tokens.size(); i++) {
        Matcher ordinal = ORDINAL.matcher(tokens.get(i + 1).word());
        if (!ordinal.matches() || !tokens.get(i).word().equalsIgnoreCase("the") || !isBare(tokens, i)) {
          continue;
        }
        CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(i + 1).span().end());
        YearMonth month = monthOf(Integer.parseInt(ordinal.group(1)), published, Tense.of(sentence, span, words));
        if (month.isValidDay(Integer.parseInt(ordinal.group(1))) && all.stream().noneMatch(t -> t.span().overlaps(span))) {
          String value = month.atDay(Integer.parseInt(ordinal.group(1))).toString();
          all.add(new Timex(span, span.of(doc.text()), TimexType.DATE, value, sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  /** A preposition of the list before "the", and no noun, adjective or "of" after the ordinal. */
  private static boolean isBare(List<Token> tokens, int the) {
    if (!PREPOSITIONS.contains(tokens.get(the - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (the + 2 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(the + 2);
    return AFTER.matcher(next.pos()).matches() && !next.word().equalsIgnoreCase("of") && !next.word().startsWith("-");
  }

  private static YearMonth monthOf(int day, LocalDate published, Tense tense) {
    YearMonth month = YearMonth.from(published);
    if (tense.looksAhead() && day < published.getDayOfMonth()) {
      return month.plusMonths(1);
    }
    return tense == Tense.PAST && day > published.getDayOfMonth() ? month.minusMonths(1) : month;
  }
}
