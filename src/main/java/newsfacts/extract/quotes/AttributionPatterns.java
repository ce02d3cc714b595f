package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.SurfaceTokens.isBoundaryBefore;
import static newsfacts.extract.quotes.SurfaceTokens.isWord;
import static newsfacts.extract.quotes.SurfaceTokens.range;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.WordLists;

/**
 * Surface patterns of attribution in news prose, anchored at a reporting verb. They are more
 * robust than the dependency parse for the most frequent forms:
 * <ul>
 *   <li>trailing: "C, X said." / "C, X has said, adding ..."</li>
 *   <li>inverted: "C, said X." / "C, said X, a researcher with Y."</li>
 *   <li>parenthetical: "C1, X said, C2."</li>
 *   <li>leading: "X said (that) C" / "X, who suggested C" / "X urged Y to C" ({@link LeadingAttributions})</li>
 *   <li>participle: "..., adding (that) C" (the speaker is the previous quote's)</li>
 * </ul>
 */
public final class AttributionPatterns {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Tokens a tail after the verb may hold ("said on Monday"; "told reporters on Monday after talks with the board"). */
  private static final int TAIL = 9;
  private static final int ADDRESSEE_TAIL = 12;
  private static final Set<String> ADDRESSEE_VERBS = WordLists.set("addressee-verbs.txt");
  private final QuoteWords words;
  private final SpeakerPhrases phrases;
  private final ContentBounds bounds;
  private final OpeningSpeakers speakers;
  private final LeadingAttributions leading;

  AttributionPatterns(QuoteWords words) {
    this.words = words;
    this.phrases = new SpeakerPhrases(words);
    this.bounds = new ContentBounds(words);
    this.speakers = new OpeningSpeakers(words, phrases);
    this.leading = new LeadingAttributions(words, bounds, speakers);
  }

  /** Where the content and the speaker are, in token indices (speaker = its head token). */
  record Match(BitSet content, int speakerHead, String pattern) {}

  /**
   * The surface around a reporting verb: where its auxiliaries start, the speaker phrase that ends
   * right before them (-1 if none), where the verb's clause starts after a particle, and the first
   * token after a short tail such as "on Sunday".
   */
  record Surroundings(int auxStart, int npStart, int clauseStart, int afterTail) {
    int npEnd() {
      return auxStart;
    }
  }

  /** "..., adding (that) C": C runs to the end of the sentence or the next participle clause. */
  BitSet participleContent(ParsedSentence p, int verb) {
    return bounds.participleContent(p, verb);
  }

  /** "Ana Ruiz, who chairs the board, said C": the opening phrase before ", who", or -1 (see {@link OpeningSpeakers}). */
  int relativeOpener(ParsedSentence p, int verb) {
    return speakers.relativeOpener(p, verb);
  }

  Match match(ParsedSentence p, int verb, boolean infinitiveVerb) {
    Surroundings around = surroundings(p, verb);
    boolean endsHere = SurfaceTokens.closesAt(p, around.afterTail());
    Match found = endsHere ? trailing(p, around) : null;
    if (found == null && endsHere) {
      found = apposedTrailing(p, verb, around.auxStart());
    }
    if (found == null) {
      found = inverted(p, verb, around.clauseStart());
    }
    if (found == null) {
      found = MisparsedInversions.match(p, verb);
    }
    return found != null ? found : leading.match(p, verb, infinitiveVerb, around);
  }

  private Surroundings surroundings(ParsedSentence p, int verb) {
    int auxStart = SurfaceTokens.beforeAuxiliaries(words, p, verb, true);
    // "The Institute for X (IX) warned ...": the acronym in parentheses belongs to the speaker's name.
    if (auxStart >= 3 && p.token(auxStart).pos().equals("-RRB-") && p.token(auxStart - 2).pos().equals("-LRB-")) {
      auxStart -= 3;
    }
    int clauseStart = skipParticle(p, verb + 1);
    int tail = ADDRESSEE_VERBS.contains(p.token(verb).lemma().toLowerCase(Locale.ROOT)) ? ADDRESSEE_TAIL : TAIL;
    return new Surroundings(auxStart, phrases.startBefore(p, auxStart), clauseStart, skipTail(p, clauseStart, tail));
  }

  /** ", NP [aux] VERB" then the end or a comma: "C, X said." or, with more content after it, "C1, X said, C2." */
  private Match trailing(ParsedSentence p, Surroundings around) {
    int npStart = around.npStart();
    int npEnd = around.npEnd();
    int after = around.afterTail();
    int n = p.size();
    if (npStart <= 0 || !isBoundaryBefore(p, npStart - 1) || npStart > npEnd) {
      return null;
    }
    BitSet content = range(0, isWord(p, npStart - 1, ",") ? npStart - 1 : npStart);
    if (after < n && isWord(p, after, ",") && !bounds.isParticipleClause(p, after + 1)) {
      content.or(range(after + 1, n));
      return new Match(content, SpeakerPhrases.head(p, npStart, npEnd), "parenthetical");
    }
    return frontedAdjunct(p, npStart) ? null : new Match(content, SpeakerPhrases.head(p, npStart, npEnd), "trailing");
  }

  /**
   * ", VERB NP" then the end or a comma; not when the parse's subject comes before the verb ("Ana
   * Ruiz, the chair, called the plan a mistake": the phrase after the verb is its object) nor for a
   * participle: in "C, telling reporters D" the phrase after it is its addressee.
   */
  private static Match inverted(ParsedSentence p, int verb, int npFrom) {
    if (verb <= 0 || !isBoundaryBefore(p, verb - 1) || hasSubjectBefore(p, verb) || p.token(verb).pos().equals("VBG")) {
      return null;
    }
    int end = SpeakerPhrases.endFrom(p, npFrom);
    boolean closes = SurfaceTokens.closesAt(p, skipTail(p, end + 1, TAIL));
    if (end < npFrom || !closes) {
      return null;
    }
    BitSet content = range(0, isWord(p, verb - 1, ",") ? verb - 1 : verb);
    return new Match(content, SpeakerPhrases.head(p, npFrom, end), "inverted");
  }

  /**
   * '"C," Ana Ruiz, the chair, said.': the apposed subject follows the content; the content ends
   * at the boundary before it. Null unless the subject's phrase opens right after a boundary.
   */
  private static Match apposedTrailing(ParsedSentence p, int verb, int auxStart) {
    int first = OpeningSpeakers.apposedPhraseStart(p, verb, auxStart);
    if (first < 2 || !isBoundaryBefore(p, first - 1)) {
      return null;
    }
    BitSet content = range(0, isWord(p, first - 1, ",") ? first - 1 : first);
    // a fronted adjunct ("In a statement, Ana Ruiz, the chair, said") has no clause of its own
    boolean clause = content.stream().anyMatch(i -> FINITE.contains(p.token(i).pos()))
        || p.token(0).pos().equals("``");
    return clause ? new Match(content, p.child(verb, "nsubj"), "trailing") : null;
  }

  /**
   * "In an essay last week, Ana Ruiz noted the risk": what precedes the speaker opens with a
   * preposition and holds no finite verb nor quotation mark, an adjunct of the verb, never its content.
   * So does a participle clause of a verb that is no speech act ("Sentencing him, the judge said: ...");
   * one that is ("Responding to the rumour, Ana Ruiz wrote: ...") reports its object.
   */
  private boolean frontedAdjunct(ParsedSentence p, int npStart) {
    boolean preposition = p.token(0).pos().equals("IN") && !p.token(0).word().equalsIgnoreCase("that");
    boolean participle = p.token(0).pos().matches("VBG|VBN")
        && !words.reportingVerbs().contains(p.token(0).lemma().toLowerCase(Locale.ROOT));
    if (!preposition && !participle) {
      return false;
    }
    for (int i = 0; i < npStart; i++) {
      if (p.token(i).pos().matches("VBD|VBZ|VBP|MD|``|''")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parse reads "NP, ..., VERB": its only subject comes before the verb, and no quotation closes
   * right before the verb ('"C," said X' keeps the inverted reading even when the parse errs).
   */
  private static boolean hasSubjectBefore(ParsedSentence p, int verb) {
    boolean subjectBefore = false;
    for (int c : p.children(verb)) {
      if (p.relation(c).equals("nsubj")) {
        if (c > verb) {
          return false;
        }
        subjectBefore = true;
      }
    }
    return subjectBefore && isWord(p, verb - 1, ",");
  }

  private int skipParticle(ParsedSentence p, int i) {
    if (i < p.size() && (p.token(i).pos().equals("RP") || words.reportingVerbParticles().contains(p.token(i).word()))) {
      return i + 1;
    }
    return i;
  }

  /** First token after a short tail such as "on Sunday" or "in a statement"; else the argument. */
  private static int skipTail(ParsedSentence p, int i, int limit) {
    for (int j = i; j < p.size() && j < i + limit; j++) {
      if (isWord(p, j, ",") || isWord(p, j, ".")) {
        return j;
      }
      // a clause opens ("told the paper that the site ...", "told them: ..."): no short tail
      boolean clause = p.token(j).word().equalsIgnoreCase("that") || p.token(j).pos().equals("``");
      // a participle used as a preposition ("following talks", "including") opens no clause
      if (p.token(j).pos().startsWith("VB") && !p.relation(j).equals("case") || p.token(j).pos().equals("CC") || clause) {
        return i;
      }
    }
    return i;
  }
}
