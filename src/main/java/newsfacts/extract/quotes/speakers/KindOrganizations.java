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
 * group ("Democrats"). One named as a subject comes before the organisation last quoted; one named
 * elsewhere in the sentence ("shares of Acme fell") only when no organisation was quoted.
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

  /** What a definite "the company" may denote: the latest organisation named as a subject, and the latest named at all. */
  record Found(String subject, String latest) {}

  /**
   * The organisations a definite "the {@code noun}" at {@code offset} in {@code sentence} may
   * denote: the latest one that is the subject of its clause ("Acme was one of several firms sued
   * by the union"), and the latest one named; either null when none fits.
   */
  Found latest(int offset, int sentence, String noun) {
    EntityMention best = null;
    EntityMention subject = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset && e.sentence() > sentence - WINDOW
          && fits(e, noun)) {
        best = e;
        subject = isSubject(e) ? e : subject;
      }
    }
    return new Found(subject == null ? null : subject.canonical(), best == null ? null : best.canonical());
  }

  /**
   * A name that is only the noun ("Bank" in a headline) is no organisation of that kind, nor the
   * owner of another one of it ("Acme's parent company": the company is not Acme).
   */
  private boolean fits(EntityMention e, String noun) {
    if (e.canonical().equalsIgnoreCase(noun) || e.text().equalsIgnoreCase(noun) || ownerOf(e, noun)) {
      return false;
    }
    for (String word : e.canonical().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.equals(noun) && organizationNouns.contains(word)) {
        return false;
      }
    }
    Token last = lastToken(e);
    return last == null || !last.pos().equals("NNPS");
  }

  private boolean ownerOf(EntityMention e, String noun) {
    Token last = lastToken(e);
    if (last == null) {
      return false;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(e.sentence()));
    int owned = p.head(last.index());
    return p.relation(last.index()).equals("nmod:poss") && owned >= 0 && p.token(owned).lemma().equalsIgnoreCase(noun);
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
