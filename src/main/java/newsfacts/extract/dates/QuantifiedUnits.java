package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A plural unit the annotator tags alone though its amount stands before it: an unstated amount
 * ("many years", vague-quantifiers.txt) joins and the value stays unstated (PXY); a count with an
 * adjective between ("four straight weeks", "three long years") joins and gives the count (P4W).
 */
final class QuantifiedUnits {
  private static final Set<String> VAGUE = WordLists.set("vague-quantifiers.txt");
  private static final Pattern UNSTATED = Pattern.compile("P(T?)X([A-Z])");
  private final DateWords words;
  private final Pattern vagueBefore;

  QuantifiedUnits(DateWords words) {
    this.words = words;
    this.vagueBefore = Pattern.compile("(?i)\\b" + WordLists.anyOf(VAGUE) + "\\s+$");
  }

  List<Timex> extend(AnnotatedArticle doc, List<Timex> timexes) {
    List<Timex> out = new ArrayList<>(timexes.size());
    int floor = 0;
    for (Timex t : timexes) {
      out.add(t.type() == TimexType.DURATION && isBarePlural(t.text()) ? withAmount(doc, t, floor) : t);
      floor = t.span().end();
    }
    return out;
  }

  private boolean isBarePlural(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.endsWith("s") && words.durationUnits().containsKey(lower.substring(0, lower.length() - 1));
  }

  private Timex withAmount(AnnotatedArticle doc, Timex t, int floor) {
    String text = doc.text();
    int from = Math.max(floor, t.span().begin() - 16);
    Matcher vague = vagueBefore.matcher(text.substring(from, t.span().begin()));
    if (vague.find() && UNSTATED.matcher(t.value()).matches()) {
      return joined(text, t, from + vague.start(), t.value());
    }
    List<Token> before = tokensBefore(doc, t);
    if (before.size() < 2 || !before.get(1).pos().startsWith("JJ") || before.get(0).span().begin() < floor) {
      return t;
    }
    String count = count(before.get(0).word());
    Matcher unstated = UNSTATED.matcher(t.value());
    return count == null || !unstated.matches() ? t
        : joined(text, t, before.get(0).span().begin(), "P" + unstated.group(1) + count + unstated.group(2));
  }

  private String count(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.matches("\\d+") ? lower : lower.startsWith("a") ? null : words.countWords().get(lower);
  }

  /** The two tokens right before the expression, in text order. */
  private static List<Token> tokensBefore(AnnotatedArticle doc, Timex t) {
    if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
      return List.of();
    }
    List<Token> tokens = doc.sentences().get(t.sentence()).tokens().stream()
        .filter(k -> k.span().end() <= t.span().begin()).toList();
    return tokens.size() < 2 ? List.of() : tokens.subList(tokens.size() - 2, tokens.size());
  }

  private static Timex joined(String text, Timex t, int begin, String value) {
    CharSpan span = new CharSpan(begin, t.span().end());
    return t.withSpan(span, span.of(text)).withValue(value);
  }
}
