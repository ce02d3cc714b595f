package newsfacts.extract.quotes.speakers;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * What a source's noun phrase is tied to by the parse: the name in apposition ("Ana Ruiz, the
 * chair"), the noun of a relative "who", the group a quantifier takes its part of ("most of the
 * delegates"). Used by {@link SpeakerResolver} before any rule that looks further back.
 */
final class NounLinks {
  /** Quantifiers by their Penn tags: "most", "some", "each", "one", "many" (grammar, not vocabulary). */
  private static final Set<String> PARTITIVE_TAGS = Set.of("CD", "DT", "JJS", "JJ", "RBS");

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final SpeakerWords speakerWords;
  private final PersonProfiles profiles;
  private final Set<String> documentNouns;
  /** Between a title and the name in apposition: ", " or " in Place, " (apposition-prepositions.txt). */
  private final Pattern appositionGap;

  NounLinks(AnnotatedArticle doc, List<EntityMention> entities, QuoteWords words, SpeakerWords speakerWords,
      PersonProfiles profiles) {
    this.doc = doc;
    this.entities = entities;
    this.speakerWords = speakerWords;
    this.profiles = profiles;
    this.documentNouns = words.documentNouns();
    this.appositionGap = Pattern.compile(
        "(\\s+" + WordLists.anyOf(words.appositionPrepositions()) + "\\s+[A-Z][\\p{L}-]*)?,\\s+");
  }

  /**
   * "most of the delegates said", "each of them said", "officers, most of whom said": the group a
   * quantifier takes its part of (the noun of a relative "whom"), or null.
   */
  Token partitiveWhole(int sentence, Token quantifier) {
    if (sentence < 0 || !PARTITIVE_TAGS.contains(quantifier.pos())) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    for (int c : p.children(quantifier.index())) {
      int mark = p.child(c, "case");
      if (!p.relation(c).startsWith("nmod") || mark < 0 || !p.token(mark).word().equalsIgnoreCase("of")) {
        continue;
      }
      if (!p.token(c).pos().startsWith("W")) {
        return p.token(c);
      }
      int clause = p.head(quantifier.index());
      // "generals -- most of whom had said ...": a clause the parse hangs from the noun as "dep" is its relative clause too.
      boolean relative = clause >= 0 && p.head(clause) >= 0 && (p.relation(clause).startsWith("acl")
          || p.relation(clause).equals("dep") && p.token(p.head(clause)).pos().startsWith("NN"));
      return relative ? p.token(p.head(clause)) : null;
    }
    return null;
  }

  /** "Ana Ruiz, who said ...": the noun a relative pronoun's clause modifies, or the noun right before it. */
  Token relativeAntecedent(int sentence, Token relative) {
    if (sentence < 0) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int clause = p.head(relative.index());
    int noun = clause >= 0 && p.relation(clause).startsWith("acl") ? p.head(clause) : -1;
    if (noun < 0) {
      int before = relative.index() - 1;
      before = before >= 0 && p.token(before).pos().equals(",") ? before - 1 : before;
      noun = before >= 0 && p.token(before).pos().startsWith("NN") ? before : -1;
    }
    // "Senator Ana Ruiz of Freedonia, who said": a place is not a "who"; the noun it modifies is.
    if (noun >= 0 && isPlace(p.token(noun)) && p.relation(noun).startsWith("nmod")) {
      noun = p.head(noun);
    }
    // "nervous lawmakers on Harbour Hill, who said": "who" is a person, so not the hill they are on.
    if (noun >= 0 && relative.word().equalsIgnoreCase("who") && p.relation(noun).startsWith("nmod")
        && !isPerson(p.token(noun)) && p.head(noun) >= 0 && isPerson(p.token(p.head(noun)))) {
      noun = p.head(noun);
    }
    noun = RelativeNouns.corrected(p, entities, relative.index(), noun);
    return noun < 0 || !denotesSource(p.token(noun)) ? null : p.token(noun);
  }

  /** A person's name, or a noun of a person ({@link #denotesPerson}) not naming anything else. */
  private boolean isPerson(Token noun) {
    for (EntityMention e : entities) {
      if (e.span().overlaps(noun.span())) {
        return e.type() == EntityType.PERSON;
      }
    }
    return denotesPerson(noun);
  }

  private boolean isPlace(Token noun) {
    return entities.stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.span().overlaps(noun.span()));
  }

  /** A name, a plural, a title or a noun of a person ("aide", "leaders"); not "the criticism, which". */
  private boolean denotesSource(Token noun) {
    boolean named = entities.stream().anyMatch(e -> e.span().overlaps(noun.span()));
    return named || noun.pos().startsWith("NNS") || noun.pos().equals("NNPS") || noun.ner() == NerTag.TITLE
        || profiles.genderOfNoun(noun.lemma().toLowerCase(Locale.ROOT)) != Gender.UNKNOWN;
  }

  /** A title or a noun of a person by gender or by CoreNLP's animacy lists ("candidate", "rival"). */
  private boolean denotesPerson(Token noun) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    Set<String> animate = speakerWords.animateNouns();
    return noun.ner() == NerTag.TITLE || profiles.genderOfNoun(lemma) != Gender.UNKNOWN
        || animate.contains(lemma) || animate.contains(noun.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "The agency's coordinator in Westport, Ana Ruiz": the person named in apposition. A document
   * is no person: in "According to the polls, Ana Ruiz leads" the name is the next clause's subject.
   */
  String appositivePerson(CharSpan mention, int sentence, Token head) {
    if (documentNouns.contains(head.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (sentence >= 0) {
      ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
      int appos = p.child(head.index(), "appos");
      // "The bloc's first chief, the Freedonian economist Ana Ruiz, said": the name the apposed role noun introduces.
      int introduced = appos < 0 || p.token(appos).pos().startsWith("NNP") ? -1 : p.child(appos, "dep", "appos", "flat");
      appos = introduced >= 0 && introduced > appos && isPerson(p.token(introduced)) ? introduced : appos;
      // "Ana Ruiz, an oncologist who ...": the nominal is itself in apposition to the name.
      int named = p.relation(head.index()).equals("appos") ? p.head(head.index()) : -1;
      for (EntityMention e : entities) {
        boolean holds = appos >= 0 && e.span().contains(p.token(appos).span())
            || named >= 0 && e.span().contains(p.token(named).span());
        if (holds && e.type() == EntityType.PERSON) {
          return e.canonical();
        }
      }
      // "Freedonia, the region's largest lender, said": a name of any kind in apposition, unless
      // the nominal denotes a person ("the candidate" is no resort). A noun of no gender may be a
      // firm's or a country's ("The developer, Kell Estates, said", "Freedonia, its only ally, said"):
      // an organisation's or a place's name in apposition is its.
      boolean person = denotesPerson(head);
      boolean firmLike = profiles.genderOfNoun(head.lemma().toLowerCase(Locale.ROOT)) == Gender.UNKNOWN
          && (appos >= 0 ? setOff(p, appos) : named >= 0 && setOff(p, head.index()));
      for (EntityMention e : person && !firmLike ? List.<EntityMention>of() : entities) {
        boolean holds = appos >= 0 && e.span().contains(p.token(appos).span())
            || named >= 0 && e.span().contains(p.token(named).span());
        boolean kind = !person || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION;
        if (holds && kind && e.type() != EntityType.MISC && e.type() != EntityType.NATIONALITY) {
          return e.canonical();
        }
      }
    }
    String text = doc.text();
    for (EntityMention e : entities) {
      if (e.type() != EntityType.PERSON || e.span().begin() < mention.end() || e.span().begin() > mention.end() + 40) {
        continue;
      }
      String between = text.substring(mention.end(), e.span().begin());
      // "The Harbour Post columnist Ana Ruiz wrote", the name outside the mention the parse gave.
      boolean adjoining = between.equals(" ") && denotesPerson(head);
      if (appositionGap.matcher(between).matches() || adjoining) {
        return e.canonical();
      }
    }
    return null;
  }

  /** An apposition set off by commas on both sides ("The developer, Kell Estates, said"), not one the parse joined to a verb's subject. */
  private static boolean setOff(ParsedSentence p, int apposed) {
    BitSet span = p.subtree(apposed);
    int first = span.nextSetBit(0);
    int last = span.length() - 1;
    boolean before = p.token(first).word().equals(",") || first > 0 && p.token(first - 1).word().equals(",");
    return before && (p.token(last).word().equals(",") || last + 1 < p.size() && p.token(last + 1).word().equals(","));
  }
}
