package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * A title nominal that introduces a person before naming them: "The leader of the Freedonian
 * opposition has said ... . Ana Ruiz told a rally ...". When nobody before it holds the role, the
 * nominal is the person named in full as the subject of the very next sentence, provided its own
 * sentence names no person, that subject is the first person the next sentence names, and nobody
 * else has been the subject of a sentence before.
 */
final class CataphoricRoles {
  private final PersonProfiles profiles;

  CataphoricRoles(PersonProfiles profiles) {
    this.profiles = profiles;
  }

  /** The person a definite title nominal headed by {@code head} in {@code sentence} introduces, or null. */
  String person(Token head, int sentence, List<Token> tokens) {
    boolean definite = tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("the"));
    boolean named = tokens.stream().anyMatch(t -> t.pos().startsWith("NNP") || t.pos().equals("POS") || t.pos().equals("PRP$"));
    if (sentence < 0 || !definite || named || head.ner() != NerTag.TITLE) {
      return null;
    }
    PersonMention next = null;
    for (PersonMention m : profiles.allMentions()) {
      if (m.sentence() == sentence) {
        return null;
      }
      if (m.sentence() == sentence + 1 && (next == null || m.position() < next.position())) {
        next = m;
      }
    }
    Gender gender = profiles.genderOfNoun(head.lemma().toLowerCase(Locale.ROOT));
    boolean full = next != null && next.canonical().contains(" ");
    if (!full || !next.subject() || next.background() || !gender.agreesWith(profiles.gender(next.canonical()))) {
      return null;
    }
    // Once the article has made someone else its subject, "the senator" is more likely an old acquaintance.
    for (PersonMention m : profiles.mentions()) {
      if (m.sentence() < sentence && m.subject() && !m.background() && !m.canonical().equals(next.canonical())) {
        return null;
      }
    }
    return next.canonical();
  }
}
