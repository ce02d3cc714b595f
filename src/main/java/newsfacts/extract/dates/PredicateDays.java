package newsfacts.extract.dates;

import static newsfacts.extract.dates.DependencyWalk.headToken;

import java.util.Locale;
import java.util.Set;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;

/**
 * "It was a great day for the harbour": a day the sentence judges, said of the day the story
 * tells, is that day (TimeML DATE), not a length of time. Only with "it", "this" or "that" as the
 * subject of a present or past "be": "Tuesday was a good day" has its date in the subject, "That
 * will be a hard day" looks at a day not named.
 */
final class PredicateDays {
  private static final Set<String> SUBJECTS = Set.of("it", "this", "that");

  private PredicateDays() {
  }

  static boolean isStoryDay(AnnotatedArticle doc, Timex t) {
    if (!t.text().strip().equalsIgnoreCase("day") || t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
      return false;
    }
    Sentence sentence = doc.sentences().get(t.sentence());
    int head = headToken(sentence, t.span());
    return head >= 0 && hasAdjective(sentence, head) && has(sentence, head, "cop", "VB[ZDP]")
        && sentence.dependencies().stream().noneMatch(d -> d.governor() == head && d.relation().startsWith("aux"))
        && sentence.dependencies().stream().anyMatch(d -> d.governor() == head && d.relation().startsWith("nsubj")
        && SUBJECTS.contains(sentence.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  private static boolean hasAdjective(Sentence sentence, int head) {
    return has(sentence, head, "amod", "JJ.?");
  }

  private static boolean has(Sentence sentence, int head, String relation, String pos) {
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == head && d.relation().equals(relation) && sentence.tokens().get(d.dependent()).pos().matches(pos)) {
        return true;
      }
    }
    return false;
  }
}
