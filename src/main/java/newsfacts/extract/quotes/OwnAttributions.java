package newsfacts.extract.quotes;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.extract.quotes.speakers.SpeakerMentions;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.NerTag;
import newsfacts.model.QuoteKind;

/**
 * A quotation that opens its sentence, ends with a comma, a question or an exclamation mark, and is
 * followed by its own attribution: '"We will wait," the mayor said after the vote, when asked ...' or
 * '"Why now?" asked Ana Ruiz, who chairs the board.' The clause frames miss these when the tail after
 * the verb runs on, when the parse hangs the verb somewhere inside the quotation, or when the tagger
 * reads a name as a verb ("Shook said"). Read from the surface: the speaker phrase right after the
 * closing mark and a reporting verb, or the verb first and then the speaker; whatever follows the
 * verb is its tail, unless it opens a reported clause of its own ('she said that ...'). A person's
 * name or pronoun with any verb and nothing after it ('"C," he continued.') attributes a quotation too,
 * when it is long enough not to be a name or a title ('"Crazy year," Ana Ruiz strives for ...').
 */
final class OwnAttributions {
  /** Tokens from the closing mark to the verb: room for a name with an apposition. */
  private static final int MAX_SUBJECT = 16;
  private static final String ENDINGS = ",?!";

  private final QuoteWords words;
  private final SyntacticAttribution syntax;

  OwnAttributions(QuoteWords words, SyntacticAttribution syntax) {
    this.words = words;
    this.syntax = syntax;
  }

  /** The quotation with its own attribution, or null. */
  Candidate find(String text, ParsedSentence opening, ParsedSentence after, CharSpan q, List<CharSpan> quotations,
      List<EntityMention> entities, boolean longQuotation) {
    if (opening == null || after == null) {
      return null;
    }
    int trailing = longQuotation ? SpeakerMentions.trailingVerb(after, q) : -1;
    // '"C."' closing a paragraph and 'Ana Ruiz disagrees.' opening the next: a verb that reports nothing
    // ('Ana Ruiz went on:' opening a paragraph still attributes)
    boolean newParagraph = text.substring(q.end(), Math.max(q.end(), after.sentence().span().begin())).contains("\n");
    boolean statement = !after.token(after.size() - 1).word().equals(":");
    if (trailing >= 0 && newParagraph && statement && !reportingVerbAt(after, trailing)) {
      return null;
    }
    if (trailing >= 0 && after.child(trailing, "nsubj") >= 0) {
      return candidate(opening, after, q, after.child(trailing, "nsubj"), trailing, entities);
    }
    if (!endsLikeAnAttributedQuote(text, q) || opening.token(0).span().begin() != q.begin()) {
      return null;
    }
    int first = firstTokenAfter(after, q.end());
    if (first < 0) {
      return null;
    }
    int verb = reportingVerbAt(after, first) ? first : -1;
    int speaker = verb >= 0 ? invertedSpeaker(after, verb) : -1;
    for (int t = first + 1; verb < 0 && t < after.size() && t - first <= MAX_SUBJECT; t++) {
      if (reportingVerbAt(after, t) || nounTaggedVerb(after, first, t)) {
        verb = t;
        speaker = speakerBefore(after, first, t);
      }
    }
    if (speaker < 0 || reportsAClause(after, verb, quotations) || after.token(speaker).ner() == NerTag.DATE
        || words.relativePronouns().contains(after.token(speaker).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return candidate(opening, after, q, speaker, verb, entities);
  }

  private Candidate candidate(ParsedSentence opening, ParsedSentence after, CharSpan q, int speaker, int verb,
      List<EntityMention> entities) {
    CharSpan mention = SpeakerMentions.span(after, speaker, entities);
    return mention.overlaps(q) ? null : new Candidate(q, QuoteKind.DIRECT, mention, after.token(speaker),
        syntax.cue(after, verb), opening.sentence().index());
  }

  /** '"C,"', '"C?"', '"C!"' or '"C",': what a quotation ends with when an attribution follows. */
  private static boolean endsLikeAnAttributedQuote(String text, CharSpan q) {
    int last = q.end() - 2;
    while (last > q.begin() && "\"'\u2019\u201D".indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    return last > q.begin() && ENDINGS.indexOf(text.charAt(last)) >= 0
        || q.end() < text.length() && text.charAt(q.end()) == ',';
  }

  /** The first token after the closing mark and an optional comma, or -1. */
  private static int firstTokenAfter(ParsedSentence p, int end) {
    for (int t = 0; t < p.size(); t++) {
      if (p.token(t).span().begin() >= end) {
        return p.token(t).word().equals(",") ? (t + 1 < p.size() ? t + 1 : -1) : t;
      }
    }
    return -1;
  }

  private boolean reportingVerbAt(ParsedSentence p, int t) {
    String pos = p.token(t).pos();
    // a past participle with a subject of its own is the tagger's slip for a past tense ('"C," a woman exclaimed')
    boolean finite = !pos.equals("VBG") && (!pos.equals("VBN") || p.child(t, "nsubj") >= 0 && p.child(t, "aux") < 0);
    return p.isVerb(t) && finite
        && words.reportingVerbs().contains(p.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * '"C," the two write.' or '"C," the ministers state in a paper': a reporting verb in the present
   * tagged as a noun, closing the speaker phrase, with nothing after it but punctuation or a preposition.
   */
  private boolean nounTaggedVerb(ParsedSentence p, int first, int t) {
    String word = p.token(t).word();
    boolean closes = t + 1 >= p.size() || ".,".contains(p.token(t + 1).word()) || p.token(t + 1).pos().equals("IN");
    String before = t > first ? p.token(t - 1).pos() : "";
    boolean afterNoun = before.startsWith("NN") || before.equals("CD") || before.equals("PRP");
    return afterNoun && p.token(t).pos().startsWith("NN") && Character.isLowerCase(word.charAt(0)) && closes
        && words.reportingVerbs().contains(word.toLowerCase(Locale.ROOT))
        && SpeakerPhrases.endFrom(p, first) >= t - 1;
  }

  /** '"C," said Ana Ruiz, the chair': the verb's subject after it, else the noun phrase after it. */
  private static int invertedSpeaker(ParsedSentence p, int verb) {
    int subject = p.child(verb, "nsubj");
    if (subject > verb) {
      return subject;
    }
    int end = SpeakerPhrases.endFrom(p, verb + 1);
    // '"C," said a spokesman who asked not to be named': the relative pronoun opens a clause about the speaker
    if (end > verb + 1 && p.token(end).word().equalsIgnoreCase("who")) {
      end--;
    }
    return end > verb ? SpeakerPhrases.head(p, verb + 1, end) : -1;
  }

  /**
   * '"C," the mayor, who chairs the board, said': the verb's subject when it lies between the quotation and the
   * verb; else, when the parse went astray, a run of nominal or capitalised words right before the verb.
   */
  private static int speakerBefore(ParsedSentence p, int first, int verb) {
    int subject = p.child(verb, "nsubj");
    if (subject >= first && subject < verb) {
      return subject;
    }
    int named = nominalRun(p, first, verb);
    return named == verb ? SpeakerPhrases.head(p, first, verb - 1) : setOffBeforeVerb(p, first, named, verb);
  }

  /** The first token from {@code first} up to {@code verb} that is neither capitalised nor nominal. */
  private static int nominalRun(ParsedSentence p, int first, int verb) {
    for (int t = first; t < verb; t++) {
      boolean capitalised = Character.isUpperCase(p.token(t).word().charAt(0));
      if (!capitalised && SpeakerPhrases.endFrom(p, t) < t) {
        return t;
      }
    }
    return verb;
  }

  /**
   * '"C," Ana Ruiz, 33, of Lakeland, said' or '"C," Tom Berg, who chairs the board, said': a name run
   * closed by a comma, then an apposition or relative clause set off up to a comma right before the verb.
   */
  private static int setOffBeforeVerb(ParsedSentence p, int first, int stop, int verb) {
    boolean setOff = stop > first && p.token(stop).word().equals(",") && verb - 1 > stop
        && p.token(verb - 1).word().equals(",");
    return setOff ? SpeakerPhrases.head(p, first, stop - 1) : -1;
  }

  /**
   * 'she said that ...', 'he told them: ...': the verb reports a clause of its own; a clause quoted in
   * the tail ('he said after a brief "I am sorry"') does not count.
   */
  private static boolean reportsAClause(ParsedSentence p, int verb, List<CharSpan> quotations) {
    int next = verb + 1;
    boolean opens = next < p.size() && (p.token(next).word().equalsIgnoreCase("that") || p.token(next).word().equals(":"));
    int clause = p.child(verb, "ccomp");
    return opens || clause > verb && quotations.stream().noneMatch(q -> q.contains(p.token(clause).span()));
  }
}
