package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.NameVariants;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * Resolves a quote's source mention to a canonical name: a name to its entity (a surname to the
 * full name); "he"/"she" to the salient person before it of that gender (see {@link Antecedents});
 * "they" to a group just quoted; "the minister" to the person introduced with that title or
 * apposition; "the report" to the document's name in the article; "the agency", "the campaign" to
 * an organisation, never a person; a transcript's "A:" line to the person it names as answering
 * ({@link TranscriptAnswerers}). What cannot be resolved keeps its own words ("observers").
 * When the annotator ran coreference, a pronoun or nominal first takes its chain's name
 * ({@link CorefSpeakers}); the rules above decide where the chains say nothing.
 */
public final class SpeakerResolver {
  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final QuoteWords words;
  private final SpeakerWords speakerWords;
  private final PersonProfiles profiles;
  private final Antecedents antecedents;
  private final OrganizationSources organizations;
  private final CorefSpeakers coref;
  private final NounLinks links;
  private final NominalSources nominals;
  private final TranscriptAnswerers transcript;

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
    NamedNominals namedNominals = new NamedNominals(doc, entities);
    this.organizations = new OrganizationSources(entities, profiles, plurals, namedNominals);
    this.links = new NounLinks(doc, entities, words, speakerWords, profiles);
    this.nominals = new NominalSources(doc, entities, words, speakerWords, profiles, antecedents, organizations, namedNominals);
    this.coref = new CorefSpeakers(doc.text(), doc.corefChains(), entities, profiles);
    this.transcript = new TranscriptAnswerers(doc, entities);
    RoleSubjects.link(doc, entities, profiles, antecedents);
  }

  public String resolve(CharSpan mention, Token tagged, List<Quote> earlier) {
    if (transcript.isLetterLabel(mention)) {
      return transcript.of(mention.of(doc.text()));
    }
    Token head = NominalSources.commonNoun(tagged, squeeze(mention.of(doc.text())));
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
      resolved = nominals.resolve(mention, head, sentence, earlier);
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
