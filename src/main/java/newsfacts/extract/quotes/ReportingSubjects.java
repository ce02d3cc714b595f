package newsfacts.extract.quotes;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;

/**
 * Who reports, read from the parse: the subject of a reporting verb, climbing through ", adding",
 * "and pledged", "who said" and a statement that says ("The union issued a statement saying ..."),
 * and the subject of the clause a participle follows.
 */
final class ReportingSubjects {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private final QuoteWords words;

  ReportingSubjects(QuoteWords words) {
    this.words = words;
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
}
