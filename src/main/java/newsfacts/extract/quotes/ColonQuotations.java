package newsfacts.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.CharSpan;
import newsfacts.model.NerTag;

/**
 * Who introduces a quotation with a colon, read from the clause that ends at the colon:
 * <ul>
 *   <li>a reporting verb, or any verb of a person right before the colon: 'The mayor added: "..."',
 *       'She went on: "..."';</li>
 *   <li>else the subject of the clause's main verb, when it can be a source (a name, a pronoun, a
 *       common noun): 'The letter makes a simple case: "..."', 'Ana Ruiz then turned to the crowd: "..."';</li>
 *   <li>else a name that the colon labels, at the start or after a dash or "from":
 *       'Ana Ruiz: "..."', 'Turnout was low - Ana Ruiz: "..."', 'More from the report: "..."'.</li>
 * </ul>
 */
final class ColonQuotations {
  /** Tokens of a name before the colon. */
  private static final int MAX_NAME = 6;
  /** Tokens of a title and name opening a sentence before the colon ("Former mayor Ana Ruiz:"). */
  private static final int MAX_TITLED = 9;
  private static final Set<NerTag> NOT_SOURCES = Set.of(NerTag.DATE, NerTag.TIME, NerTag.NUMBER, NerTag.PERCENT,
      NerTag.MONEY, NerTag.DURATION);

  /** The speaker's head token and the cue, or null. */
  record Introduction(int speaker, String cue) {}

  private final QuoteWords words;
  private final SyntacticAttribution syntax;

  ColonQuotations(QuoteWords words, SyntacticAttribution syntax) {
    this.words = words;
    this.syntax = syntax;
  }

  /** How the clause ending with the colon token {@code colon} introduces what follows, or null. */
  Introduction find(ParsedSentence p, int colon, List<CharSpan> quotations) {
    for (int t = colon - 1; t >= 0; t--) {
      String lemma = p.token(t).lemma().toLowerCase(Locale.ROOT);
      if (p.isVerb(t) && (words.reportingVerbs().contains(lemma) || t == colon - 1 && hasPersonSubject(p, t))) {
        int subject = syntax.subjectOf(p, t);
        if (subject >= 0 && subject < t) {
          return new Introduction(subject, syntax.cue(p, t));
        }
        break;
      }
    }
    Introduction main = mainClause(p, colon);
    Introduction found = main != null ? main : label(p, colon);
    return found == null || quotations.stream().anyMatch(q -> q.contains(p.token(found.speaker()).span())) ? null
        : found;
  }

  /**
   * 'She joked, "..."', 'telling reporters, "..."', 'Said Ana Ruiz, the chair, "..."': a reporting verb,
   * with at most an addressee or a subject phrase between it and the comma before the quotation.
   */
  Introduction afterComma(ParsedSentence p, int comma, List<CharSpan> quotations) {
    int t = comma - 1;
    while (t >= 0 && comma - t <= MAX_NAME && !p.isVerb(t) && SpeakerPhrases.endFrom(p, t) >= t) {
      t--;
    }
    int verb = t;
    if (verb < 0 || !p.isVerb(verb) || !words.reportingVerbs().contains(p.token(verb).lemma().toLowerCase(Locale.ROOT))
        || quotations.stream().anyMatch(q -> q.contains(p.token(verb).span()))) {
      return null;
    }
    int subject = syntax.subjectOf(p, verb);
    boolean usable = subject >= 0 && subject < comma && !NOT_SOURCES.contains(p.token(subject).ner())
        && quotations.stream().noneMatch(q -> q.contains(p.token(subject).span()));
    return usable ? new Introduction(subject, syntax.cue(p, verb)) : null;
  }

  /** 'She went on:' right before a quotation: any verb of a person introduces the person's words. */
  private boolean hasPersonSubject(ParsedSentence p, int verb) {
    int subject = syntax.subjectOf(p, verb);
    return subject >= 0 && subject < verb && (p.token(subject).ner() == NerTag.PERSON
        || words.personPronouns().contains(p.token(subject).word().toLowerCase(Locale.ROOT)));
  }

  /** The subject of the verb that governs the clause before the colon, when it can be a source. */
  private Introduction mainClause(ParsedSentence p, int colon) {
    int verb = colon - 1;
    for (int depth = 0; verb >= 0 && !p.isVerb(verb) && depth < 4; depth++) {
      verb = p.head(verb);
    }
    if (verb < 0 || verb >= colon || !p.isVerb(verb)) {
      return null;
    }
    int subject = syntax.subjectOf(p, verb);
    // "Here they are:" introduces a list, not anyone's words
    boolean copula = p.token(verb).lemma().equalsIgnoreCase("be");
    if (subject < 0 || subject >= verb || copula || NOT_SOURCES.contains(p.token(subject).ner())) {
      return null;
    }
    String pos = p.token(subject).pos();
    String word = p.token(subject).word().toLowerCase(Locale.ROOT);
    boolean source = pos.startsWith("NN") || pos.equals("PRP") && !words.expletiveSubjects().contains(word);
    return source ? new Introduction(subject, syntax.cue(p, verb)) : null;
  }

  /** A name of a person or organisation, alone between a boundary (start, dash, "from") and the colon. */
  private static Introduction label(ParsedSentence p, int colon) {
    int end = beforeParenthetical(p, colon);
    int start = end;
    while (start > 0 && end - start < MAX_NAME && isNameWord(p, start - 1)) {
      start--;
    }
    boolean boundary = start == 0 || isBoundary(p, start - 1);
    boolean afterDash = start > 0 && !p.token(start - 1).word().equalsIgnoreCase("from");
    // 'Former mayor Ana Ruiz:' opening its sentence: a title before the name
    boolean titled = start > 0 && end <= MAX_TITLED && isTitle(p, start);
    boolean named = start < end && p.token(end - 1).pos().startsWith("NNP")
        && (start == 0 && end <= 4 || Set.of(NerTag.PERSON, NerTag.ORGANIZATION).contains(p.token(end - 1).ner())
        || (afterDash || titled) && end - start >= 2);
    return (boundary || titled) && named ? new Introduction(end - 1, ":") : null;
  }

  /** "Former secretary of state" before a name that opens the sentence: nouns, adjectives and "of". */
  private static boolean isTitle(ParsedSentence p, int nameStart) {
    for (int t = 0; t < nameStart; t++) {
      String pos = p.token(t).pos();
      boolean of = p.token(t).word().equals("of") && t > 0;
      if (!of && !pos.startsWith("NN") && !pos.equals("JJ") && !pos.equals("DT")) {
        return false;
      }
    }
    return true;
  }

  /** 'Ana Ruiz (R-Ore.):': the name ends before a short parenthetical right before the colon. */
  private static int beforeParenthetical(ParsedSentence p, int colon) {
    if (colon < 1 || !p.token(colon - 1).word().equals(")") && !p.token(colon - 1).pos().equals("-RRB-")) {
      return colon;
    }
    for (int t = colon - 2; t >= 0 && colon - t <= MAX_NAME; t--) {
      if (p.token(t).word().equals("(") || p.token(t).pos().equals("-LRB-")) {
        return t;
      }
    }
    return colon;
  }

  private static boolean isNameWord(ParsedSentence p, int t) {
    String pos = p.token(t).pos();
    return pos.startsWith("NNP") || pos.equals("CC") && t > 0 && p.token(t - 1).pos().startsWith("NNP")
        || pos.equals("POS");
  }

  private static boolean isBoundary(ParsedSentence p, int t) {
    String w = p.token(t).word();
    return w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || p.token(t).pos().equals(":")
        || w.equalsIgnoreCase("from");
  }
}
