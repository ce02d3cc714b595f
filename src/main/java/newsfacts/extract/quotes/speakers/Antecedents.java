package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsfacts.model.Quote;

/**
 * The person a pronoun or a role nominal refers to, among the persons named before it.
 *
 * <p>Design decision: a pronoun source prefers the subject or the source of a recent sentence
 * ("Ana Ruiz met Tom Berg. She said ..." is Ruiz) and must agree in gender; mentions inside
 * quotation marks or modifying another noun ("Ruiz's plan") come last. A role nominal ("the
 * minister", "the Ruritanian leader") goes to the person introduced with that role, the one
 * sharing most of the nominal's modifiers, then the latest.
 */
final class Antecedents {
  /** Sentences back within which a subject or source beats a nearer non-subject mention. */
  private static final int SUBJECT_WINDOW = 3;

  private final PersonProfiles profiles;

  Antecedents(PersonProfiles profiles) {
    this.profiles = profiles;
  }

  /** The person a "he"/"she" source at {@code offset} in {@code sentence} refers to, or null. */
  String ofPronoun(int offset, int sentence, Gender gender, List<Quote> earlier) {
    List<PersonMention> candidates = candidates(offset, gender, earlier);
    String best = null;
    int bestSentence = -1;
    boolean bestReported = false;
    for (PersonMention m : candidates) {
      boolean salient = m.subject() && !m.background();
      // "Ana Ruiz will win, Tom Berg said. 'C,' he said": a subject inside what another person of
      // its sentence is reported to say yields to one outside it.
      boolean reported = insideReport(m, earlier);
      boolean better = m.sentence() > bestSentence || m.sentence() == bestSentence && bestReported && !reported;
      if (salient && m.sentence() >= sentence - SUBJECT_WINDOW && better) {
        best = m.canonical();
        bestSentence = m.sentence();
        bestReported = reported;
      }
    }
    if (best != null) {
      return best;
    }
    // No subject near: in "Tom Lund's doctor praised the diet. He said ..." he is the owner of the
    // subject just before, not a subject paragraphs back.
    String near = gender == Gender.UNKNOWN ? null : latestNear(candidates, sentence, gender);
    if (near != null) {
      return near;
    }
    String latest = latest(candidates, false);
    return latest != null ? latest : latest(candidates, true);
  }

  /**
   * The latest person named within the subject window as the owner of a subject, outside quotation
   * marks, whose gender the article states and the pronoun's matches (an owner is a weaker antecedent); or null.
   */
  private String latestNear(List<PersonMention> candidates, int sentence, Gender gender) {
    String best = null;
    for (PersonMention m : candidates) {
      if (m.sentence() >= sentence - SUBJECT_WINDOW && profiles.ownsSubject(m.position()) && !profiles.isQuoted(m.position())
          && profiles.gender(m.canonical()) == gender) {
        best = m.canonical();
      }
    }
    return best;
  }

  /**
   * The person named as subject in the sentence before or of this one up to {@code offset}
   * ("Ana Ruiz toured the port. The senator said ..."), if only one of that gender, or null.
   */
  String recentSubject(int offset, int sentence, Gender gender, List<Quote> earlier) {
    String found = null;
    for (PersonMention m : candidates(offset, gender, earlier)) {
      if (m.subject() && !m.background() && m.sentence() >= sentence - 1) {
        if (found != null && !found.equals(m.canonical())) {
          return null;
        }
        found = m.canonical();
      }
    }
    return found;
  }

  /** The person introduced with the role {@code noun} before {@code offset}, or null. */
  String ofRole(int offset, String noun, Set<String> modifiers, Gender gender) {
    return ofRole(offset, noun, modifiers, gender, Set.of());
  }

  /**
   * The person introduced with the role {@code noun} before {@code offset} whose title names none
   * of the nominal's {@code nations} but another ("the Freedonian minister" is not the Ostravian
   * one); a title naming the same nation ("Freedonia's minister") counts as a shared modifier.
   */
  String ofRole(int offset, String noun, Set<String> modifiers, Gender gender, Set<String> nations) {
    return ofRole(offset, noun, modifiers, gender, nations, false);
  }

  /**
   * As above; with {@code unquoted}, only persons named outside quotation marks ("..., the former
   * president said" after a quotation naming "President Tom Berg" need not be Berg).
   */
  String ofRole(int offset, String noun, Set<String> modifiers, Gender gender, Set<String> nations, boolean unquoted) {
    String best = null;
    int bestShared = -1;
    for (PersonMention m : profiles.mentions()) {
      Set<String> roles = profiles.roles(m.canonical());
      Set<String> titled = profiles.nations(m.canonical());
      boolean hidden = unquoted && profiles.isQuoted(m.position());
      if (m.position() >= offset || hidden || !roles.contains(noun) || !gender.agreesWith(profiles.gender(m.canonical()))
          || Nations.conflict(nations, titled) || Parties.conflict(modifiers, roles)) {
        continue;
      }
      int shared = (int) modifiers.stream().filter(w -> roles.contains(w) && !nations.contains(w)).count()
          + (Nations.shares(nations, titled) ? 1 : 0);
      if (shared >= bestShared) {
        best = m.canonical();
        bestShared = shared;
      }
    }
    return best;
  }

  /** Whether the mention lies inside an earlier quote of its sentence that someone else is the source of. */
  private static boolean insideReport(PersonMention m, List<Quote> earlier) {
    for (Quote q : earlier) {
      if (q.sentence() == m.sentence() && q.span().begin() <= m.position() && m.position() < q.span().end()
          && !q.speaker().equals(m.canonical())) {
        return true;
      }
    }
    return false;
  }

  /** Persons mentioned or quoted before the offset that agree in gender, in text order. */
  private List<PersonMention> candidates(int offset, Gender gender, List<Quote> earlier) {
    List<PersonMention> found = new ArrayList<>();
    for (PersonMention m : profiles.allMentions()) {
      if (m.position() < offset && gender.agreesWith(profiles.gender(m.canonical()))) {
        found.add(m);
      }
    }
    for (Quote q : earlier) {
      int position = q.speakerMention().map(m -> m.begin()).orElse(-1);
      if (position >= 0 && position < offset && profiles.isPerson(q.speaker())
          && gender.agreesWith(profiles.gender(q.speaker()))) {
        found.add(new PersonMention(position, q.sentence(), q.speaker(), true, false));
      }
    }
    found.sort((a, b) -> Integer.compare(a.position(), b.position()));
    return found;
  }

  private static String latest(List<PersonMention> candidates, boolean includeBackground) {
    String best = null;
    for (PersonMention m : candidates) {
      if (includeBackground || !m.background()) {
        best = m.canonical();
      }
    }
    return best;
  }
}
