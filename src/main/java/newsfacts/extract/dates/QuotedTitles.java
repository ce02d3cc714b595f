package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Timex;
import newsfacts.model.Token;

/**
 * A time word that is part of a quoted title: the programme "This Week", the film "High Noon",
 * a show "60 Minutes". The expression stands in quotation marks, after nothing but other
 * capitalised words of the title, and writes a capital that a time expression would not have: a
 * common time noun ("Week", "Noon"), not a month or a weekday, and not the quotation's first word
 * ("Today we begin", quoted, keeps its "Today").
 */
final class QuotedTitles {
  private static final String OPENING_QUOTES = "\"`'\u201c\u2018";
  private static final int MAX_TITLE_WORDS_BEFORE = 4;
  private final DateWords words;

  QuotedTitles(DateWords words) {
    this.words = words;
  }

  boolean isPartOfTitle(AnnotatedArticle doc, Timex t) {
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens();
    List<Token> inside = tokens.stream()
        .filter(k -> k.span().begin() >= t.span().begin() && k.span().end() <= t.span().end()).toList();
    if (inside.isEmpty()) {
      return false;
    }
    int first = inside.get(0).index();
    int at = first - 1;
    while (at >= 0 && first - at <= MAX_TITLE_WORDS_BEFORE && isTitleWord(tokens.get(at))) {
      at--;
    }
    if (at < 0) {
      return false;
    }
    String before = doc.text().substring(tokens.get(at).span().begin(), tokens.get(at + 1).span().begin()).strip();
    int opening = at + 1;
    // the first word of a quotation has its capital anyway: ``Today we ...''
    return !before.isEmpty() && OPENING_QUOTES.indexOf(before.charAt(before.length() - 1)) >= 0
        && inside.stream().anyMatch(k -> k.index() > opening && isCapitalisedCommonTimeWord(k));
  }

  private boolean isCapitalisedCommonTimeWord(Token k) {
    String word = k.word();
    String lower = word.toLowerCase(Locale.ROOT);
    return k.index() > 0 && Character.isUpperCase(word.charAt(0)) && k.pos().startsWith("NN")
        && !words.calendarMonths().containsKey(lower.replace(".", "")) && !words.weekdayNames().contains(lower);
  }

  private static boolean isTitleWord(Token k) {
    return Character.isUpperCase(k.word().charAt(0)) || Character.isDigit(k.word().charAt(0));
  }
}
