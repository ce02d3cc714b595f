package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.model.CharSpan;
import newsfacts.model.CorefChain;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * When the annotator ran coreference: a pronoun or nominal speaker takes the name of the person or
 * organisation its chain stands for ("she" in a chain led by "Ana Ruiz, the minister" is Ana Ruiz).
 * The chain's first name must agree with the speaker: "she" is a person and not a man the article
 * calls "he"; "they", "it" and "the aides" are not one person. A chain with no such name (only "the panel" and "it")
 * or a disagreeing one gives nothing, and the word rules decide.
 */
final class CorefSpeakers {
  private final String text;
  private final List<CorefChain> chains;
  private final List<EntityMention> entities;
  private final PersonProfiles profiles;

  CorefSpeakers(String text, List<CorefChain> chains, List<EntityMention> entities, PersonProfiles profiles) {
    this.text = text;
    this.chains = chains;
    this.entities = entities;
    this.profiles = profiles;
  }

  /** What a speaker phrase can refer to: a person ("she"), a group ("they"), either ("the minister"). */
  enum Referent { PERSON, GROUP, EITHER }

  /** The canonical name for the speaker phrase with that head word, or null. */
  String of(CharSpan phrase, CharSpan head, Gender gender, Referent referent) {
    for (CorefChain chain : chains) {
      if (!chain.hasMentionAt(phrase, head)) {
        continue;
      }
      EntityMention name = nameOf(chain.representative());
      for (int i = 0; name == null && i < chain.mentions().size(); i++) {
        name = nameOf(chain.mentions().get(i));
      }
      return name != null && agrees(name, gender, referent) ? name.canonical() : null;
    }
    return null;
  }

  private boolean agrees(EntityMention name, Gender gender, Referent referent) {
    if (name.type() != EntityType.PERSON) {
      return referent != Referent.PERSON;
    }
    return referent != Referent.GROUP && profiles.gender(name.canonical()).agreesWith(gender);
  }

  /**
   * The person or organisation a mention is headed by: "Ana Ruiz" and "Ana Ruiz, the minister" are
   * Ana Ruiz, but "the Ruiz campaign" and "Ruiz's aide" are not (the name does not end the phrase).
   */
  private EntityMention nameOf(CharSpan mention) {
    for (EntityMention e : entities) {
      boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      if (named && mention.contains(e.span())
          && (e.span().end() == mention.end() || text.startsWith(",", e.span().end()))) {
        return e;
      }
    }
    return null;
  }
}
