package newsfacts.extract.quotes.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.WordLists;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * The person a role noun stands for: "the senator" the person introduced with that title (or the
 * one named near the title word), "the gambling tycoon" the person who is subject just before.
 */
final class RoleNominals {
  /** Party names and adjectives ("Democrats", "Republican"), as written. */
  private static final Set<String> PARTY_WORDS = union(WordLists.set("party-names.txt"), WordLists.set("party-adjectives.txt"));
  /** Roles of someone acting for another ("spokesman", "aide"): agent-role-nouns.txt. */
  private static final Set<String> AGENT_ROLES = WordLists.set("agent-role-nouns.txt");

  private final List<EntityMention> entities;
  private final SpeakerWords speakerWords;
  private final PersonProfiles profiles;
  private final Antecedents antecedents;
  private final WindowTitles windowTitles;

  RoleNominals(List<EntityMention> entities, SpeakerWords speakerWords, PersonProfiles profiles, Antecedents antecedents,
      WindowTitles windowTitles) {
    this.entities = entities;
    this.speakerWords = speakerWords;
    this.profiles = profiles;
    this.antecedents = antecedents;
    this.windowTitles = windowTitles;
  }

  /** The person a role noun ("the senator", "the gambling tycoon") stands for, or null. */
  String person(CharSpan mention, Token head, int sentence, List<Quote> earlier, List<Token> tokens,
      Set<String> modifiers) {
    Set<String> nations = Nations.of(tokens);
    String person = role(mention, head, sentence, earlier, tokens, modifiers, nations);
    if (person == null && !profiles.isQuoted(mention.begin())) {
      // A role holder named only inside quotation marks, when nothing outside them fits.
      String lemma = head.lemma().toLowerCase(Locale.ROOT);
      person = antecedents.ofRole(mention.begin(), lemma, modifiers, profiles.genderOfNoun(lemma), nations);
    }
    // "the Freedonian minister" is nobody whose title names another nation, "the Liberal nominee" another party.
    return person == null || Nations.conflict(nations, profiles.nations(person))
        || Parties.conflict(modifiers, profiles.roles(person)) ? null : person;
  }

  private String role(CharSpan mention, Token head, int sentence, List<Quote> earlier, List<Token> tokens,
      Set<String> modifiers, Set<String> nations) {
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    // A name inside quotation marks introduces a role holder for a nominal outside them only when nothing else fits.
    boolean outside = !profiles.isQuoted(mention.begin());
    String person = antecedents.ofRole(mention.begin(), lemma, modifiers, profiles.genderOfNoun(lemma), nations, outside);
    // The looser window fallback only for nouns that denote a person ("the mainstream" does not).
    boolean titled = head.ner() == NerTag.TITLE || profiles.genderOfNoun(lemma) != Gender.UNKNOWN;
    if (person == null && !titled && epithet(head, tokens)) {
      // An epithet takes up only the subject just before it: near a title word it may be anyone.
      return antecedents.recentSubject(mention.begin(), sentence, Gender.UNKNOWN, earlier);
    }
    if (person != null || !titled) {
      return person;
    }
    person = windowTitles.latestPerson(mention.begin(), earlier, lemma, outside);
    person = person != null && Parties.conflict(modifiers, profiles.roles(person)) ? null : person;
    if (isAgentRole(lemma)) {
      // "Ana Ruiz will attend, the spokesman said": the subject before, or a person named near the
      // word elsewhere, is usually whom the spokesman speaks for; "Tom Hale, attorney for Ruiz," (named
      // before it in its sentence) is he.
      String found = person;
      return profiles.mentions().stream().anyMatch(m -> m.sentence() == sentence && m.position() < mention.begin()
          && m.canonical().equals(found)) ? person : null;
    }
    boolean definite = tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("the"));
    return person != null || !definite || head.ner() != NerTag.TITLE ? person
        : antecedents.recentSubject(mention.begin(), sentence, profiles.genderOfNoun(lemma), earlier);
  }

  /** Whether the role is one of acting for another ("spokesman", "aide", "lawyer"). */
  static boolean isAgentRole(String lemma) {
    return AGENT_ROLES.contains(lemma);
  }

  /**
   * "the gambling tycoon", "the presumptive Freedonian nominee": a noun CoreNLP's animacy lists
   * give as a person, described by an adjective, naming no owner or employer ("the senior Ruiz
   * adviser", "his chief aide", "the Harbour Board employee" are someone else), so it describes a
   * person the article is about. A bare "the official", "the second aide" or "a former rival" is
   * someone new.
   */
  private boolean epithet(Token head, List<Token> tokens) {
    if (!speakerWords.animateNouns().contains(head.lemma().toLowerCase(Locale.ROOT))
        || profiles.genderOfNoun(head.lemma().toLowerCase(Locale.ROOT)) != Gender.UNKNOWN) {
      return false;
    }
    boolean definite = tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("the"));
    boolean described = tokens.stream().anyMatch(t -> t.pos().startsWith("JJ") && t.ner() != NerTag.ORDINAL);
    // A party ("the Freedonian Liberal nominee", "the Liberal Party nominee") is not an owner or employer.
    boolean owned = tokens.stream().anyMatch(t -> t.pos().equals("PRP$") || t.pos().equals("POS") || isNamed(t) && !isParty(t));
    return definite && described && !owned;
  }

  private static boolean isParty(Token t) {
    return PARTY_WORDS.contains(t.word());
  }

  private boolean isNamed(Token t) {
    return entities.stream().anyMatch(e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
        && e.span().contains(t.span()));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
