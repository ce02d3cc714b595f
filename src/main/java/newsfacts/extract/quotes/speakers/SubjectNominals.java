package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;

/**
 * "the group" just after an unnamed body was made the subject with that noun ("The regional
 * trade group for the harbour firms spelled out its concerns. 'We need time,' the group
 * wrote."): that body, not an earlier organisation whose name merely contains the noun ("Kell
 * Group"). The subject is a definite phrase headed by the noun, described by more than its
 * determiner and by a modifier after the noun, naming no organisation or person in its head words,
 * in the mention's sentence or the one before.
 */
final class SubjectNominals {
  /** Sentences back (the mention's own included) within which the subject must stand. */
  private static final int WINDOW = 2;

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;

  SubjectNominals(AnnotatedArticle doc, List<EntityMention> entities) {
    this.doc = doc;
    this.entities = entities;
  }

  /** The latest such subject phrase before {@code offset}, or null. */
  NamedNominals.Found latest(int offset, int sentence, String noun) {
    NamedNominals.Found best = null;
    for (int s = Math.max(0, sentence - WINDOW + 1); s <= sentence && s < doc.sentences().size(); s++) {
      ParsedSentence p = new ParsedSentence(doc.sentences().get(s));
      for (int t = 0; t < p.size() && p.token(t).span().end() <= offset; t++) {
        if (fits(p, t, noun)) {
          CharSpan span = SpeakerMentions.span(p, t, entities);
          best = new NamedNominals.Found(span.begin(), span.of(doc.text()).replaceAll("\\s+", " ").strip());
        }
      }
    }
    return best;
  }

  private boolean fits(ParsedSentence p, int t, String noun) {
    if (!p.token(t).lemma().toLowerCase(Locale.ROOT).equals(noun) || !p.token(t).pos().equals("NN")
        || !p.relation(t).startsWith("nsubj")) {
      return false;
    }
    int det = p.child(t, "det");
    boolean definite = det >= 0 && p.token(det).word().equalsIgnoreCase("the");
    // "the drug company" alone may itself stand for a name before; "the trade group for the harbour
    // firms" (a modifier after the noun) introduces the body.
    boolean described = p.children(t).stream().anyMatch(c -> c < t && c != det && (p.relation(c).equals("amod")
        || p.relation(c).equals("compound")))
        && p.children(t).stream().anyMatch(c -> c > t && (p.relation(c).startsWith("nmod") || p.relation(c).startsWith("acl")));
    boolean named = p.children(t).stream().anyMatch(c -> c < t && entities.stream().anyMatch(e -> e.span().contains(p.token(c).span())));
    return definite && described && !named;
  }
}
