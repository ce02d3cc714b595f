package newsfacts.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.model.CharSpan;

/**
 * Scheme v1.2: a speech verb with no content ("spoke at the forum") is not a quote. For the verbs of
 * setting-speech-verbs.txt the phrases after the verb are often only to whom, where and when the speech was
 * given ("She spoke to reporters on Friday after the vote ended", "At noon was the mayor, who spoke to the
 * crowd"). Such a quote is kept only when its content holds quoted words, a topic word ("about"), or a verb
 * of a clause the cue governs through verbs alone, not a clause that only sets the time ("after ...").
 */
final class SettingOnlySpeech {
  private static final Set<String> VERBS = WordLists.set("setting-speech-verbs.txt");
  private static final Set<String> TOPICS = WordLists.set("setting-speech-topics.txt");
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201c\u201d\u2018\u2019`']+");
  private static final Set<String> TIME_MARKS = WordLists.set("setting-clause-marks.txt");

  private SettingOnlySpeech() {
  }

  /**
   * The candidates whose cue is such a verb and whose content is only a setting. They are dropped only after the
   * speakers are resolved, since a later nominal ("the governor") may still link to their speaker.
   */
  static List<Candidate> settingOnly(ParsedSentence p, List<Candidate> found) {
    return found.stream().filter(c -> settingOnly(p, c)).toList();
  }

  private static boolean settingOnly(ParsedSentence p, Candidate c) {
    int cue = cueToken(p, c);
    if (cue < 0) {
      return false;
    }
    for (int i = 0; i < p.size(); i++) {
      CharSpan s = p.token(i).span();
      if (!c.span().contains(s)) {
        continue;
      }
      String word = p.token(i).word().toLowerCase(Locale.ROOT);
      boolean topic = TOPICS.contains(word) && topicOfCue(p, i, cue);
      if (topic || QUOTE_MARK.matcher(word).matches() || p.isVerb(i) && governedClause(p, i, cue)) {
        return false;
      }
    }
    return true;
  }

  /** The listed verb nearest to the content whose word is the cue, or -1. */
  private static int cueToken(ParsedSentence p, Candidate c) {
    int best = -1;
    for (int i = 0; i < p.size(); i++) {
      boolean cue = p.token(i).word().equalsIgnoreCase(c.cue())
          && VERBS.contains(p.token(i).lemma().toLowerCase(Locale.ROOT));
      if (cue && !c.span().contains(p.token(i).span())
          && (best < 0 || distance(p, i, c.span()) < distance(p, best, c.span()))) {
        best = i;
      }
    }
    return best;
  }

  private static int distance(ParsedSentence p, int token, CharSpan span) {
    CharSpan s = p.token(token).span();
    return Math.min(Math.abs(s.begin() - span.end()), Math.abs(span.begin() - s.end()));
  }

  /**
   * "spoke of the flights", "talked briefly about the budget", "talked to a crowd about jobs": the topic phrase hangs
   * on the cue, or on a word that hangs on it, with no verb between ("spoke after a series of votes" has none).
   */
  private static boolean topicOfCue(ParsedSentence p, int word, int cue) {
    int t = p.head(word);
    for (int hops = 0; hops < 2 && t >= 0 && !p.isVerb(t); hops++) {
      t = p.head(t);
    }
    return t == cue;
  }

  /** The verb reaches the cue through verbs alone, and the clause under the cue is no time clause ("as if" is none). */
  private static boolean governedClause(ParsedSentence p, int verb, int cue) {
    int t = verb;
    while (p.head(t) >= 0 && p.head(t) != cue) {
      t = p.head(t);
      if (!p.isVerb(t)) {
        return false;
      }
    }
    if (p.head(t) != cue) {
      return false;
    }
    return p.children(t).stream().filter(c -> p.relation(c).equals("mark"))
        .anyMatch(c -> !TIME_MARKS.contains(p.token(c).word().toLowerCase(Locale.ROOT)))
        || p.child(t, "mark") < 0;
  }
}
