package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Token;

/**
 * "Acme Corp cut 200 jobs. ... the company said": a definite organisation noun of a kind a proper
 * name need not contain ("the company", "the bank", "the agency") takes the latest organisation
 * named in the few sentences before whose name is not headed by an organisation noun of another
 * kind ("the Freedonia University", "the Harbour Board" are not companies) and is not a plural
 * group ("Democrats"), preferring one that is the subject of its clause.
 */
final class KindOrganizations {
  /** Sentences back (the mention's own included) within which the organisation must be named. */
  private static final int WINDOW = 3;
  private static final Set<String> KIND_NOUNS = WordLists.set("kind-organization-nouns.txt");

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final Set<String> organizationNouns;

  KindOrganizations(AnnotatedArticle doc, List<EntityMention> entities, Set<String> organizationNouns) {
    this.doc = doc;
    this.entities = entities;
    this.organizationNouns = organizationNouns;
  }

  static boolean isKind(String lemma) {
    return KIND_NOUNS.contains(lemma);
  }

  /**
   * The organisation a definite "the {@code noun}" at {@code offset} in {@code sentence} denotes: the
   * latest one that is the subject of its clause ("Acme was one of several firms sued by the
   * union"), else the latest one named; null when none fits.
   */
  String latest(int offset, int sentence, String noun) {
    EntityMention best = null;
    EntityMention subject = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset && e.sentence() > sentence - WINDOW
          && fits(e, noun)) {
        best = e;
        subject = isSubject(e) ? e : subject;
      }
    }
    EntityMention chosen = subject != null ? subject : best;
    return chosen == null ? null : chosen.canonical();
  }

  private boolean fits(EntityMention e, String noun) {
    for (String word : e.canonical().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.equals(noun) && organizationNouns.contains(word)) {
        return false;
      }
    }
    Token last = lastToken(e);
    return last == null || !last.pos().equals("NNPS");
  }

  private boolean isSubject(EntityMention e) {
    Token last = lastToken(e);
    if (last == null) {
      return false;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(e.sentence()));
    return p.relation(last.index()).startsWith("nsubj");
  }

  /** The name's last token ("Democrats" tagged NNPS is a plural group), or null. */
  private Token lastToken(EntityMention e) {
    if (e.sentence() < 0 || e.sentence() >= doc.sentences().size()) {
      return null;
    }
    Token last = null;
    for (Token t : doc.sentences().get(e.sentence()).tokens()) {
      if (e.span().contains(t.span())) {
        last = t;
      }
    }
    return last;
  }
}
