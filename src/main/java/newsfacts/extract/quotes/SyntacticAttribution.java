package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * The dependency-parse reading of attribution, used where no surface pattern applies: a
 * reporting verb's clausal complement, to-infinitive, "call for X", or the clause it interrupts
 * (parataxis), and its cue; its subject comes from {@link ReportingSubjects}.
 */
public final class SyntacticAttribution {
  private final QuoteWords words;
  private final ReportingSubjects subjects;
  private final ContentBounds bounds;

  SyntacticAttribution(QuoteWords words) {
    this.words = words;
    this.subjects = new ReportingSubjects(words);
    this.bounds = new ContentBounds(words);
  }

  BitSet verbContent(ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    int clause = p.child(verb, "ccomp");
    if (clause >= 0) {
      return without(p, p.subtree(clause), verb);
    }
    BitSet oblique = ObliqueThatClauses.content(p, verb);
    if (oblique != null) {
      return without(p, oblique, verb);
    }
    BitSet governed = GovernorThatClauses.content(p, verb, words.reportingVerbs());
    if (governed != null) {
      return without(p, governed, verb);
    }
    int addressed = AddresseeClauses.start(p, verb);
    if (addressed >= 0) {
      int end = Math.min(bounds.clauseEnd(p, addressed), bounds.coordinatedReportEnd(p, verb, addressed));
      return without(p, SurfaceTokens.range(addressed, end), verb);
    }
    BitSet hungOn = clauseHungOn(p, verb);
    if (hungOn != null) {
      return hungOn;
    }
    int smallClause = p.child(verb, "xcomp");
    if (smallClause > verb && hasOwnSubject(p, smallClause, verb)) {
      return without(p, p.subtree(smallClause), verb);
    }
    if (words.infinitiveVerbs().contains(lemma)) {
      int infinitive = p.child(verb, "xcomp");
      if (infinitive >= 0 && hasInfinitiveMarker(p, infinitive)) {
        return without(p, InfinitiveActors.content(p, verb, infinitive), verb);
      }
      if (lemma.equals("call")) {
        BitSet calledOn = InfinitiveActors.calledOn(p, verb);
        if (calledOn != null) {
          return without(p, calledOn, verb);
        }
        for (int c : p.children(verb)) {
          if (hasChildWord(p, c, "for")) {
            BitSet content = without(p, p.subtree(c), verb);
            content.clear(p.child(c, "case", "mark"));
            return content;
          }
        }
      }
    }
    int question = OtherClauseFrames.questionClause(p, verb, words);
    if (question >= 0) {
      return without(p, p.subtree(question), verb);
    }
    if (AsClauses.isPlain(p, verb)) {
      BitSet content = p.subtree(p.head(verb));
      content.andNot(p.subtree(verb));
      return without(p, content, verb);
    }
    BitSet subordinate = OtherClauseFrames.subordinateContent(p, verb);
    if (subordinate != null) {
      return without(p, subordinate, verb);
    }
    BitSet afterColon = OtherClauseFrames.afterColon(p, verb);
    if (afterColon != null) {
      return without(p, afterColon, verb);
    }
    if (p.relation(verb).startsWith("parataxis") && p.head(verb) >= 0) {
      BitSet content = p.subtree(p.head(verb));
      content.andNot(p.subtree(verb));
      // "Ana Ruiz, the chair, said she had ...": a clause after the verb that the parse made its head
      if (p.head(verb) > verb && p.child(verb, "nsubj") >= 0 && p.child(verb, "nsubj") < verb) {
        content.clear(0, verb + 1);
      }
      return without(p, content, verb);
    }
    int fronted = p.child(verb, "parataxis");
    if (fronted >= 0 && fronted < verb) {
      return without(p, p.subtree(fronted), verb);
    }
    return null;
  }

  /** The clause an as-clause modifies, after it ({@link AsClauses#modified}); null if the verb heads none. */
  BitSet asClauseContent(ParsedSentence p, int verb) {
    BitSet content = AsClauses.modified(p, verb);
    return content == null ? null : without(p, content, verb);
  }

  /** Drops participial reporting clauses (", adding that ...") that are quotes of their own. */
  BitSet without(ParsedSentence p, BitSet content, int verb) {
    BitSet result = (BitSet) content.clone();
    result.clear(verb);
    for (int t = result.nextSetBit(0); t >= 0; t = result.nextSetBit(t + 1)) {
      boolean participle = p.token(t).pos().equals("VBG")
          && words.reportingVerbs().contains(p.token(t).lemma().toLowerCase(Locale.ROOT));
      if (participle && t > 0 && p.token(t - 1).word().equals(",")) {
        result.andNot(p.subtree(t));
        result.clear(t - 1);
      }
    }
    return result;
  }

  /**
   * "Ana Ruiz, the chair, said they are worried": the parse made the verb an auxiliary or a mark of
   * the clause after it; that clause, from its subject on, is the content.
   */
  private static BitSet clauseHungOn(ParsedSentence p, int verb) {
    int head = p.head(verb);
    if (head <= verb || !p.relation(verb).matches("aux|punct|discourse")) {
      return null;
    }
    int subject = p.child(head, "nsubj");
    if (subject <= verb) {
      return null;
    }
    BitSet content = p.subtree(head);
    content.clear(0, subject);
    return content;
  }

  /**
   * "Ana Ruiz said she's not worried": the parse read the contracted "'s" as a possessive and made the
   * clause a small clause (xcomp) of the verb; its own subject after the verb and the contracted verb
   * make it a clause ("declared it responsible" keeps its object reading).
   */
  private static boolean hasOwnSubject(ParsedSentence p, int smallClause, int verb) {
    int subject = p.child(smallClause, "nsubj");
    boolean contracted = p.children(smallClause).stream()
        .anyMatch(c -> c > subject && p.token(c).word().matches("['’](s|re|m)"));
    return subject > verb && contracted && !hasInfinitiveMarker(p, smallClause);
  }

  private static boolean hasInfinitiveMarker(ParsedSentence p, int verb) {
    int mark = p.child(verb, "mark");
    return mark >= 0 && p.token(mark).word().equalsIgnoreCase("to");
  }

  private static boolean hasChildWord(ParsedSentence p, int head, String word) {
    return p.children(head).stream().anyMatch(c -> p.token(c).word().equalsIgnoreCase(word) && c < head);
  }

  /** The subject of a reporting verb, climbing through ", adding", "and pledged", "who said". */
  int subjectOf(ParsedSentence p, int verb) {
    return subjects.subjectOf(p, verb);
  }

  /** The subject of the clause a participle (", saying ...") follows; -1 if none. */
  int mainClauseSubject(ParsedSentence p, int participle) {
    return subjects.mainClauseSubject(p, participle);
  }

  String cue(ParsedSentence p, int verb) {
    String word = p.token(verb).word();
    int particle = p.child(verb, "compound:prt");
    if (particle >= 0) {
      return word + " " + p.token(particle).word();
    }
    for (int c : p.children(verb)) {
      String w = p.token(c).word().toLowerCase(Locale.ROOT);
      if (words.reportingVerbParticles().contains(w) && c == verb + 1) {
        return word + " " + p.token(c).word();
      }
    }
    if (p.token(verb).lemma().equalsIgnoreCase("call") && verb + 1 < p.size()) {
      String next = p.token(verb + 1).word().toLowerCase(Locale.ROOT);
      if (words.reportingVerbParticles().contains(next)) {
        return word + " " + p.token(verb + 1).word();
      }
    }
    return word;
  }
}
