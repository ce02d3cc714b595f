package newsfacts.extract.quotes.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.NameVariants;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * Resolves a quote's source mention to a canonical name: a name to its entity (a surname to the
 * full name); "he"/"she" to the salient person before it of that gender (see {@link Antecedents});
 * "they" to a group just quoted; "the minister" to the person introduced with that title or
 * apposition; "the report" to the document's name in the article; "the agency", "the campaign" to
 * an organisation, never a person. What cannot be resolved keeps its own words ("observers").
 * When the annotator ran coreference, a pronoun or nominal first takes its chain's name
 * ({@link CorefSpeakers}); the rules above decide where the chains say nothing.
 */
public final class SpeakerResolver {
  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final QuoteWords words;
  private final RoleNominals roles;
  private final DocumentNames documents;
  private final SpeakerWords speakerWords;
  private final PersonProfiles profiles;
  private final Antecedents antecedents;
  private final OrganizationSources organizations;
  private final NamedNominals namedNominals;
  private final OwnedSources owners;
  private final CorefSpeakers coref;
  private final NounLinks links;
  private final KindOrganizations kinds;
  private final CataphoricRoles cataphoric;
  private final UnnamedIntroductions unnamed;

  public SpeakerResolver(AnnotatedArticle doc, List<EntityMention> articleEntities, QuoteWords words,
      SpeakerWords speakerWords) {
    this.doc = doc;
    List<EntityMention> entities = HonorificNames.relink(doc.text(), articleEntities, speakerWords);
    this.entities = entities;
    this.words = words;
    this.speakerWords = speakerWords;
    this.profiles = new PersonProfiles(doc, entities, speakerWords);
    this.antecedents = new Antecedents(profiles);
    PluralSubjects plurals = new PluralSubjects(doc, entities, profiles, speakerWords.animateNouns());
    this.namedNominals = new NamedNominals(doc, entities);
    this.organizations = new OrganizationSources(entities, profiles, plurals, namedNominals);
    this.owners = new OwnedSources(doc, entities, antecedents, speakerWords);
    this.links = new NounLinks(doc, entities, words, speakerWords, profiles);
    this.roles = new RoleNominals(entities, speakerWords, profiles, antecedents, new WindowTitles(doc, entities));
    this.kinds = new KindOrganizations(doc, entities, words.organizationNouns());
    this.cataphoric = new CataphoricRoles(profiles);
    this.unnamed = new UnnamedIntroductions(doc, entities, speakerWords.indefiniteDeterminers(), profiles);
    this.documents = new DocumentNames(doc.text(), words);
    this.coref = new CorefSpeakers(doc.text(), doc.corefChains(), entities, profiles);
    RoleSubjects.link(doc, entities, profiles, antecedents);
  }

  public String resolve(CharSpan mention, Token tagged, List<Quote> earlier) {
    Token head = commonNoun(tagged, squeeze(mention.of(doc.text())));
    for (EntityMention e : entities) {
      if (e.span().overlaps(head.span()) && e.span().overlaps(mention)) {
        String full = e.type() == EntityType.PERSON && !e.canonical().contains(" ")
            ? personWithNamePart(e.span().begin(), e.canonical()) : null;
        return full != null ? full : e.canonical();
      }
    }
    int sentence = doc.sentenceAt(head.span().begin());
    String appositive = links.appositivePerson(mention, sentence, head);
    if (appositive != null) {
      return appositive;
    }
    Token whole = links.partitiveWhole(sentence, head);
    if (whole != null) {
      ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
      return resolve(SpeakerMentions.span(p, whole.index(), entities), whole, earlier);
    }
    String word = head.word().toLowerCase(Locale.ROOT);
    String text = squeeze(mention.of(doc.text()));
    Token antecedent = head.pos().equals("WP") ? links.relativeAntecedent(sentence, head) : null;
    if (antecedent != null) {
      ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
      return resolve(SpeakerMentions.span(p, antecedent.index(), entities), antecedent, earlier);
    }
    // "Lund said", where the tagger missed the surname (or took it for a common word at the start).
    if (head.pos().startsWith("NNP") || Character.isUpperCase(text.charAt(0)) && !text.contains(" ")) {
      String person = personWithNamePart(mention.begin(), text);
      if (person != null) {
        return person;
      }
    }
    String resolved = viaCoreference(mention, head, word);
    if (resolved != null) {
      return resolved;
    }
    if (words.personPronouns().contains(word)) {
      resolved = antecedents.ofPronoun(mention.begin(), sentence, pronounGender(word), earlier);
    } else if (speakerWords.groupPronouns().contains(word)) {
      resolved = organizations.ofGroupPronoun(mention.begin(), sentence, speakerWords.pluralPronouns().contains(word), earlier);
    } else if (head.pos().startsWith("NN")) {
      resolved = nominal(mention, head, sentence, earlier);
    }
    return resolved != null ? resolved : text;
  }

  /** The name of the pronoun's or nominal's coreference chain, when it agrees in gender and number. */
  private String viaCoreference(CharSpan mention, Token head, String word) {
    if (words.personPronouns().contains(word)) {
      return coref.of(mention, head.span(), pronounGender(word), CorefSpeakers.Referent.PERSON);
    }
    if (speakerWords.groupPronouns().contains(word)) {
      return coref.of(mention, head.span(), Gender.UNKNOWN, CorefSpeakers.Referent.GROUP);
    }
    if (head.pos().startsWith("NN")) {
      Gender gender = profiles.genderOfNoun(head.lemma().toLowerCase(Locale.ROOT));
      boolean plural = head.pos().endsWith("S");
      return coref.of(mention, head.span(), gender, plural ? CorefSpeakers.Referent.GROUP : CorefSpeakers.Referent.EITHER);
    }
    return null;
  }

  private String nominal(CharSpan mention, Token head, int sentence, List<Quote> earlier) {
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    String owner = owners.owner(head, sentence, earlier);
    if (owner != null) {
      return owner;
    }
    List<Token> tokens = sentence < 0 ? List.of() : doc.sentences().get(sentence).tokens().stream()
        .filter(t -> mention.contains(t.span()) && t.index() != head.index()).toList();
    if (words.documentNouns().contains(lemma)) {
      // "a Harbour Board poll ... the poll said": the earlier phrase naming its author comes first.
      boolean definite = head.pos().equals("NN") && tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("the"))
          && tokens.stream().noneMatch(t -> t.pos().startsWith("NNP"));
      NamedNominals.Found authored = definite ? namedNominals.ofDefinite(mention.begin(), lemma, Set.of()) : null;
      return authored != null ? authored.text() : documents.name(lemma, tokens);
    }
    // "an aide", "a rights group": someone or something new, not linked to what came before.
    boolean indefinite = tokens.stream()
        .anyMatch(t -> speakerWords.indefiniteDeterminers().contains(t.word().toLowerCase(Locale.ROOT)));
    Set<String> modifiers = new HashSet<>();
    tokens.forEach(t -> modifiers.add(t.lemma().toLowerCase(Locale.ROOT)));
    if (words.organizationNouns().contains(lemma)) {
      // "the Lund campaign", "the Freedonian government": the phrase names its organisation.
      boolean named = tokens.stream().anyMatch(t -> t.pos().startsWith("NNP"));
      String person = named || indefinite ? null : owners.pronounOwner(head, sentence, earlier);
      if (person != null) {
        return namedNominals.ofPerson(mention.begin(), lemma, modifiers, person);
      }
      if (named || indefinite) {
        return null;
      }
      // "Freedonian police charged him": with no determiner the noun is not anaphoric, so it takes
      // only an organisation named with that noun, never the last one quoted.
      boolean bare = tokens.stream().noneMatch(t -> t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS"));
      if (bare) {
        return organizations.namedWith(mention.begin(), lemma);
      }
      boolean definite = tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("the"));
      KindOrganizations.Found ofKind = definite && head.pos().equals("NN") && KindOrganizations.isKind(lemma)
          ? kinds.latest(mention.begin(), sentence, lemma) : new KindOrganizations.Found(null, null);
      return organizations.ofNominal(mention.begin(), lemma, modifiers, earlier, ofKind);
    }
    if (!head.pos().equals("NN") || indefinite) {
      return null;
    }
    if (unnamed.introduced(mention, head, sentence)) {
      return AgentRoles.earlierUnnamed(head, tokens, earlier, mention.begin());
    }
    String person = roles.person(mention, head, sentence, earlier, tokens, modifiers);
    person = person != null ? person : cataphoric.person(head, sentence, tokens);
    person = person != null ? person : cataphoric.headlinePerson(mention.begin(), head, tokens);
    // "Lund's spokesman", "his aide": whoever the role belongs to, never its owner.
    String roleOwner = person == null ? null : owners.anyOwner(head, sentence, earlier);
    roleOwner = roleOwner != null || person == null ? roleOwner
        : AgentRoles.nominalOwner(doc, entities, head, sentence, (m, t) -> nominal(m, commonNoun(t, t.word()), sentence, earlier));
    person = person != null && person.equals(roleOwner) ? null : person;
    return person != null ? person : AgentRoles.earlierUnnamed(head, tokens, earlier, mention.begin());
  }

  /**
   * "the Freedonian senator" tagged NNP: a lower-case proper noun is read as the common noun it is,
   * and so is a title written with a capital after "the" alone ("the Minister stated").
   */
  private static Token commonNoun(Token head, String mention) {
    boolean title = head.ner() == NerTag.TITLE && mention.equalsIgnoreCase("the " + head.word());
    if (!head.pos().startsWith("NNP") || head.word().isEmpty() || !Character.isLowerCase(head.word().charAt(0)) && !title) {
      return head;
    }
    return new Token(head.index(), head.span(), head.word(), head.lemma(), head.pos().endsWith("S") ? "NNS" : "NN", head.ner());
  }

  private Gender pronounGender(String word) {
    return Gender.of(speakerWords.malePronouns().contains(word) ? 1 : 0,
        speakerWords.femalePronouns().contains(word) ? 1 : 0);
  }

  /** "Ruiz said" where the tagger missed "Ruiz": the person last named with that word in the name. */
  private String personWithNamePart(int offset, String word) {
    String best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.span().end() <= offset
          && NameVariants.words(e.canonical()).contains(word) && e.canonical().contains(" ")) {
        best = e.canonical();
      }
    }
    return best;
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
