package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.model.CharSpan;
import newsfacts.model.CorefChain;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * When the annotator ran coreference: a pronoun or nominal speaker takes the name of the person or
 * organisation its chain stands for ("she" in a chain led by "Ana Ruiz, the minister" is Ana Ruiz).
 * A chain with no such name (only "the panel" and "it") gives nothing, and the word rules decide.
 */
final class CorefSpeakers {
  private final String text;
  private final List<CorefChain> chains;
  private final List<EntityMention> entities;

  CorefSpeakers(String text, List<CorefChain> chains, List<EntityMention> entities) {
    this.text = text;
    this.chains = chains;
    this.entities = entities;
  }

  /** The canonical name for the speaker phrase with that head word, or null. */
  String of(CharSpan phrase, CharSpan head) {
    for (CorefChain chain : chains) {
      if (!chain.hasMentionAt(phrase, head)) {
        continue;
      }
      String name = nameOf(chain.representative());
      for (int i = 0; name == null && i < chain.mentions().size(); i++) {
        name = nameOf(chain.mentions().get(i));
      }
      return name;
    }
    return null;
  }

  /**
   * The person or organisation a mention is headed by: "Ana Ruiz" and "Ana Ruiz, the minister" are
   * Ana Ruiz, but "the Ruiz campaign" and "Ruiz's aide" are not (the name does not end the phrase).
   */
  private String nameOf(CharSpan mention) {
    for (EntityMention e : entities) {
      boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      if (named && mention.contains(e.span())
          && (e.span().end() == mention.end() || text.startsWith(",", e.span().end()))) {
        return e.canonical();
      }
    }
    return null;
  }
}
