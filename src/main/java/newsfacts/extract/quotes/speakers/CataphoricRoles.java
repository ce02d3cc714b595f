package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * A title nominal that introduces a person before naming them: "The leader of the Freedonian
 * opposition has said ... . Ana Ruiz told a rally ...". When nobody before it holds the role, the
 * nominal is the person named in full as the subject of the very next sentence, provided its own
 * sentence names no person, that subject is the first person the next sentence names, and nobody
 * else has been the subject of a sentence before. A bare title in a headline or a summary line
 * ("Finance minister defends tax rise") is the one person the article later introduces with that
 * title and its other words ("Finance Minister Olga Brenn").
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

  /**
   * The person a title nominal with no determiner or owner ("Finance minister", headline style)
   * stands for when nobody named before holds the title: the only person named later whose roles
   * hold the title and every other lower-case word of the nominal; null when none or several do.
   */
  String headlinePerson(int offset, Token head, List<Token> tokens) {
    boolean bare = tokens.stream().noneMatch(t -> t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS")
        || t.pos().equals("CD") || t.ner() == NerTag.PERSON);
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (!bare || head.ner() != NerTag.TITLE) {
      return null;
    }
    String found = null;
    for (PersonMention m : profiles.mentions()) {
      Set<String> roles = profiles.roles(m.canonical());
      boolean fits = roles.contains(lemma) && tokens.stream().allMatch(t -> roles.contains(t.word().toLowerCase(Locale.ROOT)));
      if (fits && m.position() < offset) {
        return null;
      }
      if (fits && found != null && !found.equals(m.canonical())) {
        return null;
      }
      found = fits ? m.canonical() : found;
    }
    return found;
  }
}
