package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * Expressions the annotator tags that TimeML does not annotate: adjectival uses ("future plans",
 * "current rules"; "annual" stays, a frequency, SET P1Y in the scheme), ages and measures ("45
 * years old", "a 6-year-old"), a bare unit noun ("day"; "a new decade" has an adjective of its
 * own and stays), adverbs that say before but not when ("once", "previously"), "time" alone, and
 * one-word expressions with no value that name no month (a stray "and" or "ended", a model
 * number "8088", a day number left over from a split date; a year, "1992", keeps its chance of a
 * value from the publication date), spans of
 * function words alone ("the"), ordinals ("a second group") and the adjectival time words when not
 * nouns ("might present", "were present"), frequencies of amounts ("quarterly dividend"), month
 * names in lower case ("the march"), shares ("three-quarters of its food") and words of quoted
 * titles ("This Week"), and "now" opening a sentence as a connective ("Now, he says, ...").
 */
final class SpanFilters {
  private final DateWords words;
  private final QuotedTitles titles;

  SpanFilters(DateWords words) {
    this.words = words;
    this.titles = new QuotedTitles(words);
  }

  boolean isNotAnnotated(AnnotatedArticle doc, Timex t) {
    String word = t.text().toLowerCase(Locale.ROOT).strip();
    return words.bareTimeWords().contains(word)
        || words.unannotatedAdverbs().contains(word)
        || words.durationUnits().containsKey(word) && !afterAdjective(doc, t)
        || t.value().isEmpty() && word.matches("[a-z]+|\\d{1,2}|[03-9]\\d{3}") && !words.calendarMonths().containsKey(word)
        || isAge(doc.text(), t) || isAgeDecade(doc, t)
        || words.adjectivalTimeWords().contains(word) && (beforeNoun(doc, t) || isVerbOrPredicate(doc, t))
        || hasNoContentWord(doc, t)
        || isOrdinal(doc, t, word)
        || isPerPeriodMeasure(doc, t)
        || namesMonthInLowerCase(doc, t)
        || isFraction(doc, t)
        || titles.isPartOfTitle(doc, t)
        || isDiscourseConnective(doc, t, word)
        || NamePartsAndCalendars.isNoDate(doc, t);
  }

  /** "Now, he says, the plan looks weak": the sentence's first word (after any quotation mark), then a comma. */
  private boolean isDiscourseConnective(AnnotatedArticle doc, Timex t, String word) {
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens().stream()
        .dropWhile(k -> k.pos().equals("``") || k.pos().equals("''")).toList();
    List<Token> inside = tokensOf(doc, t);
    return words.discourseTimeWords().contains(word) && inside.size() == 1 && tokens.size() > 1
        && tokens.get(0) == inside.get(0) && tokens.get(1).word().equals(",");
  }

  /**
   * "about three-quarters of its food", "a quarter of the market": a share of a determined noun
   * that is no unit of time; "a quarter of a century" and "several quarters of losses" stay.
   */
  private boolean isFraction(AnnotatedArticle doc, Timex t) {
    String[] parts = t.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
    String last = parts[parts.length - 1].replaceFirst("s$", "");
    if (t.type() != TimexType.DURATION || !words.fractionWords().contains(last)) {
      return false;
    }
    List<Token> after = doc.sentences().get(t.sentence()).tokens().stream()
        .filter(k -> k.span().begin() >= t.span().end()).toList();
    if (after.size() < 3 || !after.get(0).lemma().equals("of") || !after.get(1).pos().matches("DT|PRP\\$")) {
      return false;
    }
    return after.stream().skip(2).filter(k -> k.pos().startsWith("NN")).findFirst()
        .map(k -> k.ner().timexType().isEmpty() && !words.durationUnits().containsKey(k.lemma().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * "joined the march", "this march": a month name in lower case is the common noun; so is a weekday's
   * short form ("the country last sat on the council", "under the sun", "newly wed").
   */
  private boolean namesMonthInLowerCase(AnnotatedArticle doc, Timex t) {
    List<Token> months = tokensOf(doc, t).stream().filter(k -> namesMonthOrShortDay(k.word().toLowerCase(Locale.ROOT))).toList();
    return !months.isEmpty() && months.stream().allMatch(k -> k.word().equals(k.word().toLowerCase(Locale.ROOT)));
  }

  private boolean namesMonthOrShortDay(String word) {
    return words.calendarMonths().containsKey(word) || word.length() >= 3 && word.length() <= 4
        && !words.weekdayNames().contains(word) && words.weekdayNames().stream().anyMatch(day -> day.startsWith(word));
  }

  /**
   * "its quarterly dividend", "annual sales of $2 billion", "average daily volume": a frequency
   * the parse attaches to a noun of an amount counted per period (per-period-measure-nouns.txt)
   * says what the amount is, not when anything happens; "the annual summit" stays a SET.
   */
  private boolean isPerPeriodMeasure(AnnotatedArticle doc, Timex t) {
    List<Token> inside = tokensOf(doc, t);
    if (t.type() != TimexType.SET || inside.size() != 1) {
      return false;
    }
    Sentence sentence = doc.sentences().get(t.sentence());
    int index = inside.get(0).index();
    return sentence.dependencies().stream().anyMatch(d -> d.dependent() == index && d.relation().equals("amod")
        && d.governor() >= 0 && words.perPeriodMeasureNouns().contains(sentence.tokens().get(d.governor()).lemma()));
  }

  /** "the" alone, "at the": a span of determiners and prepositions names no time. */
  private static boolean hasNoContentWord(AnnotatedArticle doc, Timex t) {
    List<Token> inside = tokensOf(doc, t);
    return !inside.isEmpty() && inside.stream().noneMatch(k -> k.pos().matches("NN.*|CD|JJ.*|RB.*|VB.*|FW"));
  }

  /** "a second group": a unit word that is also an ordinal, followed by what it counts. */
  private boolean isOrdinal(AnnotatedArticle doc, Timex t, String word) {
    String last = word.substring(word.lastIndexOf(' ') + 1);
    return words.ordinalUnitWords().contains(last) && beforeNoun(doc, t);
  }

  /**
   * "might present", "were (also) present at": a verb, or an adjective after "be"; the adjectival
   * time words are expressions only as nouns ("the present", "at present").
   */
  private static boolean isVerbOrPredicate(AnnotatedArticle doc, Timex t) {
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens();
    List<Token> inside = tokensOf(doc, t);
    if (inside.size() != 1) {
      return false;
    }
    Token word = inside.get(0);
    int at = word.index() - 1;
    while (at >= 0 && tokens.get(at).pos().startsWith("RB")) {
      at--;
    }
    return word.pos().startsWith("VB") || word.pos().startsWith("JJ") && at >= 0 && tokens.get(at).lemma().equals("be");
  }

  private static List<Token> tokensOf(AnnotatedArticle doc, Timex t) {
    return doc.sentences().get(t.sentence()).tokens().stream()
        .filter(k -> k.span().begin() >= t.span().begin() && k.span().end() <= t.span().end()).toList();
  }

  /** "45 years old", "6-year-old", "20 years of age". */
  private boolean isAge(String text, Timex t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12))
        .toLowerCase(Locale.ROOT).replaceFirst("^[\\s-]+(of\\s+)?", "");
    for (String marker : words.ageMarkers()) {
      if (lower.endsWith("-" + marker) || lower.endsWith(" " + marker) || after.matches(marker + "\\b.*")) {
        return true;
      }
    }
    return false;
  }

  /** "in their seventies", "his 40s": a decade right after a possessive is an age. */
  private static boolean isAgeDecade(AnnotatedArticle doc, Timex t) {
    return t.text().toLowerCase(Locale.ROOT).matches("(?s).*(ties|\\d0s)")
        && PreviousToken.of(doc, t).filter(p -> p.pos().equals("PRP$")).isPresent();
  }

  /** "a new decade", "a great day": a unit noun with an adjective of its own is a time expression. */
  private static boolean afterAdjective(AnnotatedArticle doc, Timex t) {
    return PreviousToken.of(doc, t).filter(p -> p.pos().startsWith("JJ")).isPresent();
  }

  /**
   * The word after the expression is a noun or an adjective ("future plans", "current rules"), or a
   * gerund modifying the noun after it ("future operating costs").
   */
  private static boolean beforeNoun(AnnotatedArticle doc, Timex t) {
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().begin() >= t.span().end()) {
        String pos = tokens.get(i).pos();
        boolean gerundModifier = pos.equals("VBG") && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN");
        return pos.startsWith("NN") || pos.startsWith("JJ") || gerundModifier;
      }
    }
    return false;
  }
}
