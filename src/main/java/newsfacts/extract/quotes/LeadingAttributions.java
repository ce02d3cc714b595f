package newsfacts.extract.quotes;

import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.AttributionPatterns.Match;
import newsfacts.extract.quotes.AttributionPatterns.Surroundings;

/**
 * The leading form of attribution, where the speaker opens the clause and the content follows the
 * verb: "X said (that) C", "X, who suggested C", "X urged Y to C".
 */
final class LeadingAttributions {
  private final QuoteWords words;
  private final ContentBounds bounds;
  private final OpeningSpeakers speakers;

  LeadingAttributions(QuoteWords words, ContentBounds bounds, OpeningSpeakers speakers) {
    this.words = words;
    this.bounds = bounds;
    this.speakers = speakers;
  }

  Match match(ParsedSentence p, int verb, boolean infinitiveVerb, Surroundings around) {
    int npStart = around.npStart();
    int npEnd = around.npEnd();
    int speaker = npStart >= 0 && npStart <= npEnd ? speakers.leadingSpeaker(p, npStart, npEnd) : -1;
    if (speaker < 0) {
      speaker = speakers.apposedSubject(p, verb, around.auxStart());
    }
    if (speaker < 0) {
      return null;
    }
    int n = p.size();
    int clause = startOfClause(p, verb, around.clauseStart(), around.afterTail());
    int from = ContentBounds.thatAfterAdjunct(p, verb, ContentBounds.skipTimeAdjunct(p, clause));
    int question = AddresseeClauses.questionStart(p, verb);
    int infinitive = infinitiveVerb && question < 0 ? ContentBounds.infinitiveStart(p, around.afterTail()) : -1;
    if (question > from) {
      from = question;
    } else if (infinitive >= 0) {
      from = InfinitiveActors.start(p, verb, infinitive);
    } else if (from < n && ContentTrimmer.isComplementizer(p, from)) {
      from++;
    } else if (opensQuotation(p, from)) {
      from++;
    } else if (AddresseeClauses.start(p, verb) > from) {
      from = AddresseeClauses.start(p, verb);
    } else if (infinitiveVerb || words.verbsNeedingThat().contains(p.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int to = Math.min(bounds.clauseEnd(p, from), bounds.coordinatedReportEnd(p, verb, from));
    if (to - from < 2) {
      return null;
    }
    return new Match(SurfaceTokens.range(from, to), speaker, "leading");
  }

  /**
   * Where a leading content starts: after the short tail that ends at a comma ("said at a rally, C"),
   * unless that tail is already inside the verb's clause ("argued the plan, which critics like, would
   * fail": the tail is the clause's subject).
   */
  private static int startOfClause(ParsedSentence p, int verb, int direct, int afterTail) {
    int clause = p.child(verb, "ccomp");
    return afterTail > direct && clause >= 0 && p.subtree(clause).get(direct) ? direct : afterTail;
  }

  /** 'wrote, "C"' or 'wrote: "C"': a quotation after the verb needs no "that". */
  private static boolean opensQuotation(ParsedSentence p, int i) {
    boolean mark = SurfaceTokens.isWord(p, i, ",") || SurfaceTokens.isWord(p, i, ":");
    return mark && i + 1 < p.size() && p.token(i + 1).pos().equals("``");
  }
}
