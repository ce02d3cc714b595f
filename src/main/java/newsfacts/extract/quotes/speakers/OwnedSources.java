package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * A statement or writing with a possessive owner as the source ("Ruiz's letter warned that ...",
 * "his statement said ..."): the owner, a named person or the person a possessive pronoun refers to.
 */
final class OwnedSources {
  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final Antecedents antecedents;
  private final SpeakerWords words;

  OwnedSources(AnnotatedArticle doc, List<EntityMention> entities, Antecedents antecedents, SpeakerWords words) {
    this.doc = doc;
    this.entities = entities;
    this.antecedents = antecedents;
    this.words = words;
  }

  /** The owner of the nominal headed by {@code head} in {@code sentence}, or null. */
  String owner(Token head, int sentence, List<Quote> earlier) {
    if (sentence < 0 || !words.ownedSourceNouns().contains(head.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int owner = p.child(head.index(), "nmod:poss");
    if (owner < 0) {
      return null;
    }
    Token t = p.token(owner);
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.span().overlaps(t.span())) {
        return e.canonical();
      }
    }
    return personOfPronoun(t, sentence, earlier);
  }

  /** The person of a nominal's possessive "his"/"her" ("her campaign"), or null. */
  String pronounOwner(Token head, int sentence, List<Quote> earlier) {
    if (sentence < 0) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int owner = p.child(head.index(), "nmod:poss");
    return owner < 0 ? null : personOfPronoun(p.token(owner), sentence, earlier);
  }

  /**
   * Whom or what the nominal's possessive names ("Lund's spokesman", "Freedonia's envoy", "his
   * aide"): an entity's canonical name or the person of a pronoun, or null.
   */
  String anyOwner(Token head, int sentence, List<Quote> earlier) {
    if (sentence < 0) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int owner = p.child(head.index(), "nmod:poss");
    if (owner < 0) {
      return null;
    }
    Token t = p.token(owner);
    for (EntityMention e : entities) {
      if (e.span().overlaps(t.span())) {
        return e.canonical();
      }
    }
    return personOfPronoun(t, sentence, earlier);
  }

  private String personOfPronoun(Token t, int sentence, List<Quote> earlier) {
    String word = t.word().toLowerCase(Locale.ROOT);
    boolean male = words.malePronouns().contains(word);
    if (!male && !words.femalePronouns().contains(word)) {
      return null;
    }
    return antecedents.ofPronoun(t.span().begin(), sentence, male ? Gender.MALE : Gender.FEMALE, earlier);
  }
}
