package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.regex.Pattern;
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

  private final List<EntityMention> entities;
  private final PersonProfiles profiles;
  private final PluralSubjects plurals;

  OrganizationSources(List<EntityMention> entities, PersonProfiles profiles, PluralSubjects plurals) {
    this.entities = entities;
    this.profiles = profiles;
    this.plurals = plurals;
  }

  /** "the agency": an organisation named with the noun, else one quoted with it, else the last one quoted. */
  String ofNominal(int offset, String noun, List<Quote> earlier) {
    String best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset && hasWord(e.canonical(), noun)) {
        best = e.canonical();
      }
    }
    if (best != null) {
      return best;
    }
    for (Quote q : earlier) {
      if (before(q, offset) && hasWord(q.speakerText(), noun) && !profiles.isPerson(q.speaker())) {
        best = q.speaker();
      }
    }
    if (best != null) {
      return best;
    }
    for (Quote q : earlier) {
      if (before(q, offset) && isOrganization(q.speaker())) {
        best = q.speaker();
      }
    }
    return best;
  }

  /**
   * "they said" shortly after a group or organisation was quoted ("..., according to company
   * insiders. They said ...") or was the subject of a sentence ("Two senators sent a letter. ...
   * they wrote"): the latest such source.
   */
  String ofGroupPronoun(int offset, int sentence, boolean plural, List<Quote> earlier) {
    String best = null;
    int bestPosition = -1;
    for (Quote q : earlier) {
      boolean recent = q.sentence() >= sentence - GROUP_WINDOW;
      int position = q.speakerMention().map(CharSpan::begin).orElse(-1);
      boolean group = isOrganization(q.speaker()) || plural && q.speakerMention().map(plurals::isPlural).orElse(false);
      if (before(q, offset) && recent && group && position > bestPosition) {
        best = q.speaker();
        bestPosition = position;
      }
    }
    PluralSubjects.Subject subject = plural ? plurals.latestBefore(offset, sentence - GROUP_WINDOW) : null;
    return subject != null && subject.position() > bestPosition ? subject.text() : best;
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
