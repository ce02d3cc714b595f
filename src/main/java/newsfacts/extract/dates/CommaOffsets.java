package newsfacts.extract.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * One expression the tagger runs across a comma into an amount and an offset word: "the first half
 * of 2031, three months later than planned" is a date and then "three months later" (the amount, a
 * duration, is read by {@link StoryTime}). The first part keeps the value given to the whole, often
 * none ({@link YearHalves} reads the half).
 */
final class CommaOffsets {
  private static final Pattern AFTER_COMMA = Pattern.compile("(?i),\\s+(\\S+\\s+[a-z]+s?\\s+(?:later|earlier))$");

  private CommaOffsets() {
  }

  static List<Timex> split(String text, Timex t) {
    Matcher m = AFTER_COMMA.matcher(t.text());
    if (!m.find() || m.start() == 0) {
      return List.of(t);
    }
    int begin = t.span().begin();
    CharSpan first = new CharSpan(begin, begin + m.start());
    CharSpan second = new CharSpan(begin + m.start(1), t.span().end());
    return List.of(t.withSpan(first, first.of(text)), new Timex(second, second.of(text), TimexType.DATE, "", t.sentence()));
  }
}
