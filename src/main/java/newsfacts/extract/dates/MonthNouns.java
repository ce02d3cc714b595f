package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A capitalised month name, or season (calendar-periods.txt: "the ``Spring of Hope'' rallies"), that
 * is the noun heading an event's name, not the month: introduced as
 * a noun (a determiner, an adjective, a possessive, a year or an opening quotation mark before
 * it) and followed by a preposition of month-noun-prepositions.txt that is not followed by a
 * number ("the annual March for Peace", "a 1950 March on Harbourton"). The expression is dropped,
 * or cut back to the year before the name ("1950"). "in March for two weeks" and "the March of
 * 1990" keep the month, as does a month after a word that places it ("last May on the radio",
 * "early June of that year").
 */
final class MonthNouns {
  private static final String NOUN_OPENERS = "DT|JJ.*|PRP\\$|POS|``";
  private final DateWords words;

  MonthNouns(DateWords words) {
    this.words = words;
  }

  /** The expression as it stands, cut back to its year, or empty when it names no time. */
  Optional<Timex> read(AnnotatedArticle doc, Timex t) {
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens();
    List<Token> inside = tokens.stream()
        .filter(k -> k.span().begin() >= t.span().begin() && k.span().end() <= t.span().end()).toList();
    if (inside.isEmpty() || !isMonthNoun(tokens, inside.get(inside.size() - 1))) {
      return Optional.of(t);
    }
    List<Token> years = inside.stream().filter(k -> k.word().matches("\\d{4}")).toList();
    if (years.size() != 1) {
      return Optional.empty();
    }
    Token year = years.get(0);
    CharSpan span = year.span();
    return Optional.of(t.withSpan(span, year.word()).withType(TimexType.DATE, year.word()));
  }

  private boolean isMonthNoun(List<Token> tokens, Token month) {
    String word = month.word();
    int at = month.index();
    if (!Character.isUpperCase(word.charAt(0)) || word.endsWith(".")
        || !words.calendarMonths().containsKey(word.toLowerCase(Locale.ROOT))
        && !words.calendarPeriods().contains(word.toLowerCase(Locale.ROOT))
        || at + 2 >= tokens.size() || at == 0) {
      return false;
    }
    Token before = tokens.get(at - 1);
    Token preposition = tokens.get(at + 1);
    Token after = tokens.get(at + 2);
    String previous = before.word().toLowerCase(Locale.ROOT);
    boolean modifiesMonth = words.periodPrefixes().contains(previous) || words.deicticOffsets().containsKey(previous)
        || words.storyOffsets().containsKey(previous) || words.periodPartWords().contains(previous);
    boolean opened = !modifiesMonth && (before.pos().matches(NOUN_OPENERS) || before.word().matches("\\d{4}"));
    return opened && words.monthNounPrepositions().contains(preposition.lemma().toLowerCase(Locale.ROOT))
        && !after.pos().equals("CD");
  }
}
