package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * The dependency-parse reading of attribution, used where no surface pattern applies: a
 * reporting verb's clausal complement, to-infinitive, "call for X", or the clause it interrupts
 * (parataxis), and its subject, climbing through ", adding", "and pledged", "who said" and a
 * statement that says ("The union issued a statement saying ...").
 */
public final class SyntacticAttribution {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private final QuoteWords words;

  SyntacticAttribution(QuoteWords words) {
    this.words = words;
  }

  BitSet verbContent(ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    int clause = p.child(verb, "ccomp");
    if (clause >= 0) {
      return without(p, p.subtree(clause), verb);
    }
    if (words.infinitiveVerbs().contains(lemma)) {
      int infinitive = p.child(verb, "xcomp");
      if (infinitive >= 0 && hasInfinitiveMarker(p, infinitive)) {
        return without(p, InfinitiveActors.content(p, verb, infinitive), verb);
      }
      if (lemma.equals("call")) {
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
    if (isAsClause(p, verb)) {
      BitSet content = p.subtree(p.head(verb));
      content.andNot(p.subtree(verb));
      return without(p, content, verb);
    }
    BitSet subordinate = OtherClauseFrames.subordinateContent(p, verb);
    if (subordinate != null) {
      return without(p, subordinate, verb);
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

  /** "As the mayor noted, taxes rose": the clause the as-clause modifies is the content. */
  private static boolean isAsClause(ParsedSentence p, int verb) {
    int mark = p.child(verb, "mark");
    return p.relation(verb).startsWith("advcl") && p.head(verb) > verb && mark >= 0 && mark < verb
        && p.token(mark).word().equalsIgnoreCase("as") && p.child(verb, "ccomp", "obj") < 0;
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

  private static boolean hasInfinitiveMarker(ParsedSentence p, int verb) {
    int mark = p.child(verb, "mark");
    return mark >= 0 && p.token(mark).word().equalsIgnoreCase("to");
  }

  private static boolean hasChildWord(ParsedSentence p, int head, String word) {
    return p.children(head).stream().anyMatch(c -> p.token(c).word().equalsIgnoreCase(word) && c < head);
  }

  /** The subject of a reporting verb, climbing through ", adding", "and pledged", "who said". */
  int subjectOf(ParsedSentence p, int verb) {
    int current = verb;
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = ClauseSubjects.subject(p, current);
      boolean passive = subject >= 0 && p.relation(subject).startsWith("nsubj:pass");
      int agent = passive ? p.passiveAgent(current) : -1;
      if (agent >= 0) {
        return agent;
      }
      if (subject >= 0) {
        String word = p.token(subject).word().toLowerCase(Locale.ROOT);
        boolean relative = words.relativePronouns().contains(word);
        return relative ? ClauseSubjects.relativeAntecedent(p, current, subject) : subject;
      }
      String relation = p.relation(current);
      if (relation.equals("acl") && isSpeechNoun(p, p.head(current))) {
        int noun = p.head(current);
        int owner = nominalOwner(p, noun);
        if (owner >= 0 || !p.relation(noun).startsWith("obj")) {
          return owner;
        }
        current = p.head(noun);
        continue;
      }
      if (relation.equals("acl") && clauseMisreadAsModifier(p, current)) {
        return p.head(current);
      }
      boolean inherits = relation.startsWith("advcl") || relation.startsWith("xcomp") || relation.startsWith("conj")
          || relation.startsWith("dep");
      if (!inherits) {
        return -1;
      }
      current = coordinationHead(p, current);
    }
    return -1;
  }

  /**
   * "Ana Ruiz has vowed to ..." parsed as a noun modified by a reduced relative: a finite auxiliary
   * on the verb ("has", "is", "will") makes it the noun's own predicate, and the noun its subject.
   */
  private static boolean clauseMisreadAsModifier(ParsedSentence p, int verb) {
    int noun = p.head(verb);
    return noun >= 0 && noun < verb && p.token(noun).pos().startsWith("NN")
        && p.children(verb).stream().anyMatch(c -> c < verb && p.relation(c).equals("aux")
            && FINITE.contains(p.token(c).pos()));
  }

  int coordinationHead(ParsedSentence p, int verb) {
    return ReportingConjuncts.coordinationHead(p, verb, words.reportingVerbs());
  }

  private boolean isReporting(ParsedSentence p, int t) {
    return ReportingConjuncts.isReporting(p, t, words.reportingVerbs());
  }

  /**
   * The subject of the clause a participle (", saying ...") follows: the nearest verb above the
   * participle in the parse that comes before it and has a subject; -1 if none.
   */
  int mainClauseSubject(ParsedSentence p, int participle) {
    int current = p.head(participle);
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = ClauseSubjects.subject(p, current);
      int reporting = ReportingConjuncts.reportingVerbAbove(p, current, words.reportingVerbs());
      if (reporting >= 0 && reporting < participle && isReporting(p, participle)) {
        current = reporting;
        continue;
      }
      if (current < participle && subject >= 0 && subject < current) {
        return subject;
      }
      current = p.head(current);
    }
    return -1;
  }

  private boolean isSpeechNoun(ParsedSentence p, int t) {
    return t >= 0 && p.token(t).pos().startsWith("NN")
        && words.speechNouns().contains(p.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  /** "his letter saying", "a statement from the union saying": who the statement is from, or -1. */
  private static int nominalOwner(ParsedSentence p, int noun) {
    int owner = p.child(noun, "nmod:poss");
    if (owner >= 0) {
      return owner;
    }
    for (int c : p.children(noun)) {
      int mark = p.child(c, "case");
      boolean fromOrBy = mark >= 0 && (p.token(mark).word().equalsIgnoreCase("from") || p.token(mark).word().equalsIgnoreCase("by"));
      if (p.relation(c).startsWith("nmod") && fromOrBy) {
        return c;
      }
    }
    return -1;
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
