package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Quote;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * The fallback for a role nominal no title or apposition introduced: the latest person with the
 * role word within a few tokens of a mention ("X, who chairs the minister's council").
 */
final class WindowTitles {
  private static final int TITLE_WINDOW = 6;

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  /** Per person, each lower-case word near one of their mentions, with the offset of the first such mention. */
  private final Map<String, Map<String, Integer>> titleWords = new HashMap<>();
  /** As {@link #titleWords}, from mentions outside quotation marks only. */
  private final Map<String, Map<String, Integer>> outsideTitleWords = new HashMap<>();
  private final IntPredicate quoted;

  WindowTitles(AnnotatedArticle doc, List<EntityMention> entities, IntPredicate quoted) {
    this.doc = doc;
    this.entities = entities;
    this.quoted = quoted;
    collectTitleWords();
  }

  /** The person mentioned or quoted last before the offset; with a title, only persons so titled. */
  String latestPerson(int offset, List<Quote> earlier, String title) {
    return latestPerson(offset, earlier, title, false);
  }

  /**
   * As above; with {@code outside}, a title word counts only near a mention outside quotation marks
   * ("'... against Ana and President Berg,' the former president said" gives Ana no title).
   */
  String latestPerson(int offset, List<Quote> earlier, String title, boolean outside) {
    Map<String, Map<String, Integer>> words = outside ? outsideTitleWords : titleWords;
    int bestPosition = -1;
    String best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.span().end() <= offset && e.span().begin() > bestPosition
          && hasTitle(words, e.canonical(), title, offset)) {
        bestPosition = e.span().begin();
        best = e.canonical();
      }
    }
    for (Quote q : earlier) {
      int position = q.speakerMention().map(CharSpan::begin).orElse(-1);
      if (position > bestPosition && position < offset && titleWords.containsKey(q.speaker())
          && hasTitle(words, q.speaker(), title, offset)) {
        bestPosition = position;
        best = q.speaker();
      }
    }
    return best;
  }

  /**
   * Whether the title word is written near one of the person's mentions before {@code offset}
   * ("Ruiz, because the secretary ..." does; "the secretary mocked Ruiz" does not give Ruiz the
   * title for that very nominal).
   */
  private static boolean hasTitle(Map<String, Map<String, Integer>> titleWords, String person, String title, int offset) {
    return title == null || titleWords.getOrDefault(person, Map.of()).getOrDefault(title, Integer.MAX_VALUE) < offset;
  }

  /** Lower-case words near each person's mentions ("Foreign Minister X", "X, a researcher with"). */
  private void collectTitleWords() {
    for (EntityMention e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      Sentence s = doc.sentences().get(e.sentence());
      List<Token> tokens = s.tokens();
      int first = -1;
      int last = -1;
      for (Token t : tokens) {
        if (e.span().contains(t.span())) {
          first = first < 0 ? t.index() : first;
          last = t.index();
        }
      }
      if (first < 0) {
        continue;
      }
      Map<String, Integer> words = titleWords.computeIfAbsent(e.canonical(), k -> new HashMap<>());
      List<Token> window = new ArrayList<>(tokens.subList(Math.max(0, first - TITLE_WINDOW), first));
      window.addAll(tokens.subList(last + 1, Math.min(tokens.size(), last + 1 + TITLE_WINDOW)));
      window.forEach(t -> words.merge(t.lemma().toLowerCase(Locale.ROOT), e.span().begin(), Math::min));
      Map<String, Integer> outside = outsideTitleWords.computeIfAbsent(e.canonical(), k -> new HashMap<>());
      if (!quoted.test(e.span().begin())) {
        window.forEach(t -> outside.merge(t.lemma().toLowerCase(Locale.ROOT), e.span().begin(), Math::min));
      }
    }
  }
}
