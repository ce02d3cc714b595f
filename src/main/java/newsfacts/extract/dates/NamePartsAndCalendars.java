package newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * Numbers and words the annotator dates that are no Gregorian time: a year of another calendar
 * printed beside the date ("Friday, August 22, 2031 / Safar 28, 1453": 1453 is a Hijri year), and a
 * capitalised frequency word that begins a name ("Daily Lantern", "Weekly Review").
 */
final class NamePartsAndCalendars {
  private static final Set<String> OTHER_MONTHS = WordLists.set("other-calendar-months.txt");
  /** The word before "28, 1453" or "28 1453" ending the text before a year: group 1. */
  private static final Pattern MONTH_DAY_BEFORE = Pattern.compile("(?i)([\\p{L}']+)\\s+\\d{1,2},?\\s+$");

  private NamePartsAndCalendars() {
  }

  static boolean isNoDate(AnnotatedArticle doc, Timex t) {
    return isOtherCalendarYear(doc.text(), t) || beginsName(doc, t);
  }

  private static boolean isOtherCalendarYear(String text, Timex t) {
    if (!t.text().matches("\\d{4}")) {
      return false;
    }
    Matcher m = MONTH_DAY_BEFORE.matcher(text.substring(Math.max(0, t.span().begin() - 30), t.span().begin()));
    return m.find() && OTHER_MONTHS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** "Daily" in "Daily Lantern": a capitalised one-word SET right before a capitalised proper noun. */
  private static boolean beginsName(AnnotatedArticle doc, Timex t) {
    if (t.type() != TimexType.SET || !t.text().matches("[A-Z][a-z]+")) {
      return false;
    }
    Sentence sentence = doc.sentences().get(t.sentence());
    List<Token> after = sentence.tokens().stream().filter(k -> k.span().begin() >= t.span().end()).limit(1).toList();
    return !after.isEmpty() && after.get(0).pos().startsWith("NNP") && Character.isUpperCase(after.get(0).word().charAt(0))
        && doc.text().substring(t.span().end(), after.get(0).span().begin()).equals(" ");
  }
}
