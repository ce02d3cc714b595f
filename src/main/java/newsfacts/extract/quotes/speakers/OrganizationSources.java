package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.WordLists;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Quote;

/**
 * The organisation an organisation nominal ("the agency", "the campaign") or a group pronoun
 * ("they") refers to. Never a person: "the Lund campaign" is the campaign, not Lund.
 */
final class OrganizationSources {
  /** Sentences back within which "they said" continues a group source. */
  private static final int GROUP_WINDOW = 3;
  /** "the government", "the campaign": a body of a person or nation (belonging-organization-nouns.txt). */
  private static final Set<String> BELONGING = WordLists.set("belonging-organization-nouns.txt");

  private final List<EntityMention> entities;
  private final PersonProfiles profiles;
  private final PluralSubjects plurals;
  private final NamedNominals named;

  OrganizationSources(List<EntityMention> entities, PersonProfiles profiles, PluralSubjects plurals,
      NamedNominals named) {
    this.entities = entities;
    this.profiles = profiles;
    this.plurals = plurals;
    this.named = named;
  }

  /**
   * "the agency": the latest organisation named with the noun or phrase with the noun and a named
   * owner ("the Lopez campaign"), else one quoted with the noun, else the last one quoted. A name
   * that is only the noun ("Campaign" in a headline) does not count.
   */
  String ofNominal(int offset, String noun, Set<String> mentionWords, List<Quote> earlier) {
    return ofNominal(offset, noun, mentionWords, earlier, new KindOrganizations.Found(null, null));
  }

  /**
   * As above, with the organisations of the noun's kind named just before ({@link KindOrganizations}):
   * the one named as a subject after one quoted with the noun and resolved, the latest named at all
   * when no organisation was quoted.
   */
  String ofNominal(int offset, String noun, Set<String> mentionWords, List<Quote> earlier, KindOrganizations.Found ofKind) {
    return ofNominal(offset, noun, mentionWords, earlier, ofKind, null);
  }

  /** As above; an unnamed {@code subject} phrase with the noun after the latest name with it wins ({@link SubjectNominals}). */
  String ofNominal(int offset, String noun, Set<String> mentionWords, List<Quote> earlier, KindOrganizations.Found ofKind,
      NamedNominals.Found subject) {
    EntityMention latest = latestNamedWith(offset, noun);
    String best = latest == null ? null : latest.canonical();
    int bestPosition = latest == null ? -1 : latest.span().begin();
    if (subject != null && subject.position() > bestPosition) {
      best = subject.text();
      bestPosition = subject.position();
    }
    NamedNominals.Found owned = named.ofDefinite(offset, noun, mentionWords);
    if (owned != null && owned.position() > bestPosition) {
      best = owned.text();
    }
    if (best != null) {
      return best;
    }
    for (Quote q : earlier) {
      boolean resolved = !q.speaker().equalsIgnoreCase(q.speakerText().strip());
      if (before(q, offset) && hasWord(q.speakerText(), noun) && !profiles.isPerson(q.speaker()) && (resolved || ofKind.latest() == null)) {
        best = q.speaker();
      }
    }
    if (best != null || ofKind.subject() != null) {
      return best != null ? best : ofKind.subject();
    }
    for (Quote q : earlier) {
      if (before(q, offset) && isOrganization(q.speaker()) && !BELONGING.contains(noun)) {
        best = q.speaker();
      }
    }
    return best != null ? best : ofKind.latest();
  }

  /** The latest organisation before {@code offset} whose name holds {@code noun} ("police"), or null. */
  String namedWith(int offset, String noun) {
    EntityMention latest = latestNamedWith(offset, noun);
    return latest == null ? null : latest.canonical();
  }

  /**
   * "the education ministry": the latest organisation named with the noun and every noun modifier
   * ("Ministry of Education"), else the latest resolved source quoted with them all; never the
   * "Interior Ministry" named or quoted before.
   */
  String namedWithAll(int offset, String noun, Set<String> modifiers, List<Quote> earlier) {
    String best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset && hasWords(e.canonical(), noun, modifiers)) {
        best = e.canonical();
      }
    }
    String quoted = null;
    for (Quote q : earlier) {
      boolean resolved = !q.speaker().equalsIgnoreCase(q.speakerText().strip());
      if (before(q, offset) && resolved && hasWords(q.speakerText(), noun, modifiers) && !profiles.isPerson(q.speaker())) {
        quoted = q.speaker();
      }
    }
    return best != null ? best : quoted;
  }

  /** Whether the latest organisation named with the noun lacks one of the mention's noun modifiers. */
  boolean otherNamedWith(int offset, String noun, Set<String> modifiers) {
    EntityMention latest = latestNamedWith(offset, noun);
    return latest != null && !hasWords(latest.canonical(), noun, modifiers);
  }

  private static boolean hasWords(String text, String noun, Set<String> modifiers) {
    return hasWord(text, noun) && modifiers.stream().allMatch(m -> hasWord(text, m)) && !text.equalsIgnoreCase(noun);
  }

  private EntityMention latestNamedWith(int offset, String noun) {
    EntityMention latest = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset && hasWord(e.canonical(), noun)
          && !e.canonical().equalsIgnoreCase(noun)) {
        latest = e;
      }
    }
    return latest;
  }

  /**
   * "they said" shortly after a group or organisation was quoted ("..., according to company
   * insiders. They said ...") or was the subject of a sentence ("Two senators sent a letter. ...
   * they wrote"): the latest such source. "it said" continues an organisation or a thing quoted
   * shortly before ("the report says ... It added ...").
   */
  String ofGroupPronoun(int offset, int sentence, boolean plural, List<Quote> earlier) {
    String best = null;
    int bestPosition = -1;
    for (Quote q : earlier) {
      boolean recent = q.sentence() >= sentence - GROUP_WINDOW;
      int position = q.speakerMention().map(CharSpan::begin).orElse(-1);
      boolean group = isOrganization(q.speaker()) || (plural ? isPluralSource(q) : isThingSource(q));
      if (before(q, offset) && recent && group && position > bestPosition) {
        best = q.speaker();
        bestPosition = position;
      }
    }
    // "The Harbour Board raised fees. It said ...": a named organisation subject of the sentence before.
    PluralSubjects.Subject subject = plural ? plurals.latestBefore(offset, sentence - GROUP_WINDOW)
        : plurals.lastOrganizationIn(sentence - 1);
    return subject != null && subject.position() > bestPosition ? subject.text() : best;
  }

  private boolean isPluralSource(Quote q) {
    return q.speakerMention().map(plurals::isPlural).orElse(false);
  }

  /** A source that is one thing, not a person ("the report": "It added ..."). */
  private boolean isThingSource(Quote q) {
    return !profiles.isPerson(q.speaker()) && q.speakerMention().map(plurals::isThing).orElse(false);
  }

  private boolean isOrganization(String name) {
    return entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.canonical().equals(name));
  }

  private static boolean before(Quote q, int offset) {
    return q.speakerMention().map(CharSpan::begin).orElse(Integer.MAX_VALUE) < offset;
  }

  private static boolean hasWord(String text, String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
  }
}
