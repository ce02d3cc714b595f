package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.SurfaceTokens.isBoundaryBefore;
import static newsfacts.extract.quotes.SurfaceTokens.isWord;
import static newsfacts.extract.quotes.SurfaceTokens.range;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.WordLists;
import newsfacts.model.NerTag;

/**
 * "C, said X" where the parse made the speaker X the verb's object and gave the verb a subject inside C
 * ("The plan ends the levy, said Ana Ruiz, who chairs the board": subject "plan", object "Ruiz"), which the
 * plain inverted pattern leaves alone because "X, the chair, called the plan a mistake" has that parse too.
 * Here the object is a person (a name, or a noun that can name a person) and its phrase closes the sentence
 * or is followed by a comma; C holds a clause (a finite verb or a quotation mark). When more follows the
 * phrase ("The plan, said Ana Ruiz, ends the levy"), that is content too.
 */
final class MisparsedInversions {
  private static final Set<String> VERBS = WordLists.set("inverted-speech-verbs.txt");
  private static final Set<String> INANIMATE = SpeakerWords.inanimateOnly();
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> QUOTES = Set.of("``", "''");

  private MisparsedInversions() {}

  static AttributionPatterns.Match match(ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    if (verb < 2 || !VERBS.contains(lemma) || !FINITE.contains(p.token(verb).pos()) || !isBoundaryBefore(p, verb - 1)
        || p.child(verb, "ccomp") >= 0) {
      return null;
    }
    int speaker = p.child(verb, "obj");
    if (speaker <= verb || !isPerson(p, speaker)) {
      return null;
    }
    BitSet phrase = p.subtree(speaker);
    int end = phrase.length() - 1;
    if (phrase.nextSetBit(0) != verb + 1 || phrase.cardinality() != end - verb || !closes(p, end + 1)) {
      return null;
    }
    BitSet content = range(0, isWord(p, verb - 1, ",") ? verb - 1 : verb);
    // "..., said Ana Ruiz, adding that ...": a participle after the phrase is a quote of its own
    BitSet rest = range(end + 2, p.size());
    boolean continues = isWord(p, end + 1, ",") && end + 2 < p.size() && !p.token(end + 2).pos().matches("VBG|VBN")
        && rest.stream().anyMatch(i -> FINITE.contains(p.token(i).pos()) && !inModifier(p, i));
    if (continues) {
      content.or(rest);
    }
    return holdsClause(p, content) ? new AttributionPatterns.Match(content, speaker, continues ? "parenthetical" : "inverted")
        : null;
  }

  private static boolean isPerson(ParsedSentence p, int t) {
    String pos = p.token(t).pos();
    if (p.token(t).ner() == NerTag.PERSON) {
      return true;
    }
    return (pos.equals("NN") || pos.equals("NNS")) && !INANIMATE.contains(p.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  /** The end of the sentence or a comma; not a quotation opening ('said Ana Ruiz "was wrong"'). */
  private static boolean closes(ParsedSentence p, int i) {
    return i >= p.size() || isWord(p, i, ",") || i == p.size() - 1 && p.token(i).pos().equals(".");
  }

  /** A quotation mark, or a finite verb outside a relative clause ("Ana Ruiz, who chairs the board,"). */
  private static boolean holdsClause(ParsedSentence p, BitSet content) {
    return content.stream().anyMatch(i -> QUOTES.contains(p.token(i).pos())
        || FINITE.contains(p.token(i).pos()) && !inModifier(p, i));
  }

  private static boolean inModifier(ParsedSentence p, int t) {
    for (int j = t; j >= 0; j = p.head(j)) {
      if (p.relation(j).startsWith("acl")) {
        return true;
      }
    }
    return false;
  }
}
