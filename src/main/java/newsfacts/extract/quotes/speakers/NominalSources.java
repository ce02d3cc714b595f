package newsfacts.extract.quotes.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.NerTag;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * Common-noun speakers: "the report" to the document's name, "the agency" or "the campaign" to an
 * organisation (never a person), "the minister" to the person introduced with that role, "his aide"
 * to no one but an aide; an indefinite "an aide" is someone new.
 */
final class NominalSources {
  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final QuoteWords words;
  private final SpeakerWords speakerWords;
  private final RoleNominals roles;
  private final DocumentNames documents;
  private final SubjectNominals subjects;
  private final OrganizationSources organizations;
  private final NamedNominals namedNominals;
  private final OwnedSources owners;
  private final KindOrganizations kinds;
  private final CataphoricRoles cataphoric;
  private final UnnamedIntroductions unnamed;
  private final PersonProfiles profiles;

  NominalSources(AnnotatedArticle doc, List<EntityMention> entities, QuoteWords words, SpeakerWords speakerWords,
      PersonProfiles profiles, Antecedents antecedents, OrganizationSources organizations, NamedNominals namedNominals) {
    this.doc = doc;
    this.entities = entities;
    this.words = words;
    this.speakerWords = speakerWords;
    this.organizations = organizations;
    this.namedNominals = namedNominals;
    this.owners = new OwnedSources(doc, entities, antecedents, speakerWords);
    this.roles = new RoleNominals(entities, speakerWords, profiles, antecedents, new WindowTitles(doc, entities, profiles::isQuoted));
    this.kinds = new KindOrganizations(doc, entities, words.organizationNouns());
    this.cataphoric = new CataphoricRoles(profiles);
    this.unnamed = new UnnamedIntroductions(doc, entities, speakerWords.indefiniteDeterminers(), profiles);
    this.documents = new DocumentNames(doc.text(), words);
    this.subjects = new SubjectNominals(doc, entities);
    this.profiles = profiles;
  }

  /** The person or organisation a common-noun mention stands for, or null when it keeps its own words. */
  String resolve(CharSpan mention, Token head, int sentence, List<Quote> earlier) {
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
      // "the clubs announced": several organisations, never the one quoted last.
      boolean plural = head.pos().equals("NNS") && !lemma.equals(head.word().toLowerCase(Locale.ROOT));
      if (named || indefinite || plural) {
        return null;
      }
      // "Freedonian police charged him": with no determiner the noun is not anaphoric, so it takes
      // only an organisation named with that noun, never the last one quoted.
      boolean bare = tokens.stream().noneMatch(t -> t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS"));
      if (bare) {
        return organizations.namedWith(mention.begin(), lemma);
      }
      // "the education ministry" after "Interior Ministry": only one named or quoted with "education" too.
      Set<String> compounds = new HashSet<>();
      tokens.stream().filter(t -> t.pos().equals("NN") || t.pos().equals("NNS"))
          .forEach(t -> compounds.add(t.lemma().toLowerCase(Locale.ROOT)));
      if (!compounds.isEmpty() && organizations.otherNamedWith(mention.begin(), lemma, compounds)) {
        return organizations.namedWithAll(mention.begin(), lemma, compounds, earlier);
      }
      boolean definite = tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("the"));
      KindOrganizations.Found ofKind = definite && head.pos().equals("NN") && KindOrganizations.isKind(lemma)
          ? kinds.latest(mention.begin(), sentence, lemma) : new KindOrganizations.Found(null, null);
      NamedNominals.Found subject = definite && modifiers.size() == 1 ? subjects.latest(mention.begin(), sentence, lemma) : null;
      // "the water agency, Kellmar, said ... The agency said": the name in apposition, the latest such phrase.
      NamedNominals.Found apposed = definite && modifiers.size() == 1 && head.pos().equals("NN")
          ? namedNominals.latestApposed(mention.begin(), lemma) : null;
      subject = apposed != null && (subject == null || apposed.position() > subject.position()) ? apposed : subject;
      return organizations.ofNominal(mention.begin(), lemma, modifiers, earlier, ofKind, subject);
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
    // "his son", "the congresswoman": never a person of the other gender.
    person = person != null && !profiles.genderOfNoun(lemma).agreesWith(profiles.gender(person)) ? null : person;
    // "Lund's spokesman", "his aide": whoever the role belongs to, never its owner.
    String roleOwner = person == null ? null : owners.anyOwner(head, sentence, earlier);
    roleOwner = roleOwner != null || person == null ? roleOwner
        : AgentRoles.nominalOwner(doc, entities, head, sentence, (m, t) -> resolve(m, commonNoun(t, t.word()), sentence, earlier));
    person = person != null && person.equals(roleOwner) ? null : person;
    return person != null ? person : AgentRoles.earlierUnnamed(head, tokens, earlier, mention.begin());
  }

  /**
   * "the Freedonian senator" tagged NNP: a lower-case proper noun is read as the common noun it is,
   * and so is a title written with a capital after "the" alone ("the Minister stated").
   */
  static Token commonNoun(Token head, String mention) {
    boolean title = head.ner() == NerTag.TITLE && mention.equalsIgnoreCase("the " + head.word());
    if (!head.pos().startsWith("NNP") || head.word().isEmpty() || !Character.isLowerCase(head.word().charAt(0)) && !title) {
      return head;
    }
    return new Token(head.index(), head.span(), head.word(), head.lemma(), head.pos().endsWith("S") ? "NNS" : "NN", head.ner());
  }
}
