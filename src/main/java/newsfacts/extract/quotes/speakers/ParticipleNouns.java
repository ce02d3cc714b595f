package newsfacts.extract.quotes.speakers;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;

/**
 * A reporting participle right after a noun, with no comma, is read from the surface as that noun
 * speaking ("with most voters saying C"). Two nouns are not its source: the addressee of the clause
 * ("Ana Ruiz sent a note to supporters saying C": the sender speaks; "to" after a verb of sending
 * or speaking, not "cut to footage of X saying") and a statement of someone else
 * ("The union issued a statement saying C", "She sent an email urging C"): the one who sends or
 * issues it (verbs of lexicon {@code issuing-verbs.txt}; not "cited a memo saying"), as the clause
 * frames already read "issued a statement saying" when the parse hangs the participle from the noun.
 * A statement with an owner ("his letter saying") is its owner's.
 */
final class ParticipleNouns {
  private static final Set<String> SPEECH_NOUNS = WordLists.set("speech-nouns.txt");
  private static final Set<String> ADDRESSEE_VERBS = WordLists.set("addressee-verbs.txt");
  private static final Set<String> ISSUING_VERBS = WordLists.set("issuing-verbs.txt");
  private static final Set<String> REPORTING_VERBS = WordLists.set("reporting-verbs.txt");
  private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "conj", "advcl", "dep");

  private ParticipleNouns() {}

  /** The source that stands for the noun at {@code head} before the participle cue {@code verb}; -1 to keep the noun. */
  static int speaker(ParsedSentence p, int head, int verb) {
    if (head != verb - 1 || !p.token(verb).pos().equals("VBG") || !p.token(head).pos().startsWith("NN")) {
      return -1;
    }
    // "to the board of directors urging": the phrase the noun ends
    int phrase = head;
    for (int depth = 0; depth < 2 && p.relation(phrase).startsWith("nmod") && p.head(phrase) >= 0; depth++) {
      phrase = p.head(phrase);
    }
    int clause = p.head(phrase);
    if (clause < 0 || clause > phrase || !p.isVerb(clause)) {
      return -1;
    }
    String relation = p.relation(phrase);
    int mark = p.child(phrase, "case");
    String lemma = p.token(clause).lemma().toLowerCase(Locale.ROOT);
    boolean toSomeone = mark >= 0 && p.token(mark).word().equalsIgnoreCase("to")
        && (ISSUING_VERBS.contains(lemma) || REPORTING_VERBS.contains(lemma));
    boolean addressee = relation.startsWith("obl") && toSomeone || relation.equals("obj") && ADDRESSEE_VERBS.contains(lemma);
    boolean statement = phrase == head && relation.equals("obj") && SPEECH_NOUNS.contains(p.token(head).lemma().toLowerCase(Locale.ROOT))
        && ISSUING_VERBS.contains(lemma);
    if (statement && p.child(head, "nmod:poss") >= 0) {
      return p.child(head, "nmod:poss");
    }
    return addressee || statement ? subjectOf(p, clause) : -1;
  }

  /** The clause's subject, or that of the clause it shares its subject with; -1 if none before it. */
  private static int subjectOf(ParsedSentence p, int verb) {
    int current = verb;
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = p.child(current, "nsubj");
      if (subject >= 0) {
        boolean usable = !p.token(subject).pos().startsWith("W") && p.token(subject).ner().timexType().isEmpty();
        return subject < current && usable ? subject : -1;
      }
      String relation = p.relation(current);
      if (SUBJECT_SHARING.stream().noneMatch(relation::startsWith)) {
        return -1;
      }
      current = p.head(current);
    }
    return -1;
  }
}
