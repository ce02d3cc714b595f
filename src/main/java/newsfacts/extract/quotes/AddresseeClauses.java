package newsfacts.extract.quotes;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;

/**
 * "Ana Ruiz told the Velmar Herald she will run", "told a union meeting in Velmar they had won": a verb of
 * telling (telling-verbs.txt), its addressee, and a reported clause with no "that", which opens with a
 * subject pronoun or with the subject of a finite verb. The addressee is no part of what was said. The
 * addressee may carry a short place or time phrase ("in Velmar", "on Monday"); a told story or joke
 * (speech-nouns.txt: "told a story he liked") is the content itself, not an addressee; a pronoun after a
 * preposition opens a subordinate clause ("told his aides as he left").
 */
final class AddresseeClauses {
  private static final Set<String> TELLING_VERBS = WordLists.set("telling-verbs.txt");
  private static final Set<String> ASKING_VERBS = WordLists.set("asking-verbs.txt");
  private static final Set<String> SUBJECT_PRONOUNS = WordLists.set("nominative-pronouns.txt");
  private static final Set<String> SPEECH_NOUNS = WordLists.set("speech-nouns.txt");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Prepositions of a place or time after the addressee ("reminded voters of the years ..." is no address). */
  private static final Set<String> SETTINGS = Set.of("in", "at", "on", "during");
  /** Tokens the addressee phrase may hold after its head ("a union meeting in the port city of Velmar"). */
  private static final int PHRASE = 6;

  private AddresseeClauses() {
  }

  /** Where the reported clause starts after the verb's addressee, or -1. */
  static int start(ParsedSentence p, int verb) {
    int object = p.child(verb, "obj");
    if (!isAddressee(p, verb, object, TELLING_VERBS)) {
      return -1;
    }
    for (int j = object + 1; j < Math.min(p.size(), object + 1 + PHRASE); j++) {
      // "told his aides as he left": a subordinate clause, not what was told
      if (opensClause(p, j, object) && !p.token(j - 1).pos().equals("IN")) {
        return j;
      }
      if (!inAddressee(p, j)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "asked the mayor what she thought of the plan to sell the port": where a question that opens with a wh-word
   * after the addressee of a verb of asking (asking-verbs.txt) starts, or -1; its infinitive ("to sell") is no
   * request to the addressee.
   */
  static int questionStart(ParsedSentence p, int verb) {
    int object = p.child(verb, "obj");
    if (!isAddressee(p, verb, object, ASKING_VERBS)) {
      return -1;
    }
    for (int j = object + 1; j < Math.min(p.size() - 2, object + 1 + PHRASE); j++) {
      if (isQuestionWord(p, j)) {
        return j;
      }
      if (!inAddressee(p, j)) {
        return -1;
      }
    }
    return -1;
  }

  /** A wh-word that opens a clause after it, not a relative one ("asked the voters who came") nor "that". */
  private static boolean isQuestionWord(ParsedSentence p, int j) {
    int clause = p.head(j);
    return p.token(j).pos().matches("WP|WDT|WRB") && !p.token(j).word().equalsIgnoreCase("that")
        && !p.token(j - 1).pos().equals("IN") && clause > j && !p.relation(clause).startsWith("acl");
  }

  /** A word of the addressee phrase or of a place or time phrase after it ("a meeting in Velmar on Monday"). */
  private static boolean inAddressee(ParsedSentence p, int j) {
    String word = p.token(j).word().toLowerCase(Locale.ROOT);
    boolean otherPreposition = p.token(j).pos().equals("IN") && !SETTINGS.contains(word) && !insideName(p, j);
    return !otherPreposition && p.token(j).pos().matches("IN|DT|NNPS?|NNS?|CD|JJ|POS");
  }

  /** "the Star of Velmar": a preposition between two proper nouns belongs to a name. */
  private static boolean insideName(ParsedSentence p, int j) {
    return j + 1 < p.size() && p.token(j - 1).pos().startsWith("NNP") && p.token(j + 1).pos().startsWith("NNP");
  }

  /**
   * The object of a verb of telling is its addressee, unless the verb has an indirect object ("tell the agency
   * anything it does not know": the object is what was told) or the object is a word for speech.
   */
  private static boolean isAddressee(ParsedSentence p, int verb, int object, Set<String> verbs) {
    String noun = p.token(Math.max(object, 0)).lemma().toLowerCase(Locale.ROOT);
    return object > verb && p.child(verb, "iobj") < 0
        && verbs.contains(p.token(verb).lemma().toLowerCase(Locale.ROOT))
        && !(p.token(object).pos().matches("NNS?") && SPEECH_NOUNS.contains(noun));
  }

  /**
   * A subject pronoun, or the first word of the subject of a finite verb after it; not a relative pronoun
   * ("told the crowd who came") nor the subject of a relative clause on a word after the addressee ("reminded
   * voters of the years his family lived there").
   */
  private static boolean opensClause(ParsedSentence p, int j, int object) {
    if (p.token(j).pos().matches("WP|WDT") || p.token(j).word().equalsIgnoreCase("that")) {
      return false;
    }
    if (SUBJECT_PRONOUNS.contains(p.token(j).word().toLowerCase(Locale.ROOT)) && p.token(j).pos().equals("PRP")) {
      return !relativeOnOther(p, p.head(j), object);
    }
    for (int s = j; s < Math.min(p.size(), j + 4); s++) {
      int verb = p.head(s);
      if (p.relation(s).startsWith("nsubj") && p.subtree(s).nextSetBit(0) == j && verb > s && isFinite(p, verb)
          && !relativeOnOther(p, verb, object)) {
        return true;
      }
    }
    return false;
  }

  private static boolean relativeOnOther(ParsedSentence p, int verb, int object) {
    return verb >= 0 && p.relation(verb).startsWith("acl:relcl") && p.head(verb) != object;
  }

  private static boolean isFinite(ParsedSentence p, int verb) {
    return FINITE.contains(p.token(verb).pos())
        || p.children(verb).stream().anyMatch(c -> c < verb && FINITE.contains(p.token(c).pos()));
  }
}
