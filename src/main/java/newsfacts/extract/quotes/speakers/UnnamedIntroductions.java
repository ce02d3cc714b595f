package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Token;

/**
 * "They were greeted by an organizer at the field office. ... the organizer told them": a role
 * nominal whose noun the article has just used with an indefinite determiner for someone it does
 * not name refers to that unnamed person, not to a person named before.
 */
final class UnnamedIntroductions {
  /** Sentences back (the mention's own included) within which the indefinite must stand. */
  private static final int WINDOW = 3;

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final Set<String> indefinite;
  private final PersonProfiles profiles;

  UnnamedIntroductions(AnnotatedArticle doc, List<EntityMention> entities, Set<String> indefiniteDeterminers,
      PersonProfiles profiles) {
    this.doc = doc;
    this.entities = entities;
    this.indefinite = indefiniteDeterminers;
    this.profiles = profiles;
  }

  /** Whether "the {@code head}" at {@code mention} takes up an unnamed "a {@code head}" just before. */
  boolean introduced(CharSpan mention, Token head, int sentence) {
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    for (int s = Math.max(0, sentence - WINDOW + 1); s <= sentence && s < doc.sentences().size(); s++) {
      ParsedSentence p = new ParsedSentence(doc.sentences().get(s));
      for (int t = 0; t < p.size(); t++) {
        Token noun = p.token(t);
        if (noun.span().end() <= mention.begin() && noun.pos().equals("NN") && noun.lemma().equalsIgnoreCase(lemma)
            && !profiles.isQuoted(noun.span().begin()) && unnamedIndefinite(p, t)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "an organizer" with no name by it, outside quotation marks: not a predicate ("Ruiz is an organizer"), not in apposition
   * ("Ruiz, an organizer"), with no name in apposition or right after it.
   */
  private boolean unnamedIndefinite(ParsedSentence p, int t) {
    int det = p.child(t, "det");
    if (det < 0 || !indefinite.contains(p.token(det).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean predicate = p.child(t, "nsubj", "cop") >= 0 || p.relation(t).equals("appos") || p.relation(t).equals("xcomp");
    int named = p.child(t, "appos", "dep", "flat", "compound");
    boolean withName = named >= 0 && entities.stream()
        .anyMatch(e -> e.type() == EntityType.PERSON && e.span().contains(p.token(named).span()));
    boolean nextName = t + 1 < p.size() && entities.stream()
        .anyMatch(e -> e.type() == EntityType.PERSON && e.span().contains(p.token(t + 1).span()));
    return !predicate && !withName && !nextName;
  }
}
