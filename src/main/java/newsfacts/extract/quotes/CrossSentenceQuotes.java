package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.TextPositions.sentenceAt;
import static newsfacts.extract.quotes.TextPositions.skipSpace;
import static newsfacts.extract.quotes.TextPositions.skipSpaceBack;
import static newsfacts.extract.quotes.TextPositions.tokenAt;

import java.util.ArrayList;
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
 * Quotations whose attribution is in another sentence, for quotation marks no sentence-level
 * frame claimed:
 * <ul>
 *   <li>colon: 'The mayor added: "We will wait."' or a line 'Ana Ruiz: "We will wait."';</li>
 *   <li>attribution after a question: '"Why now?" she asked.' (the tokenizer ends the sentence at
 *       the question mark);</li>
 *   <li>its own attribution after it, of any length ('"Really," she added when ...', see
 *       {@link OwnAttributions});</li>
 *   <li>a dash and a name after it ('"We will wait." ― Ana Ruiz', see {@link DashSignatures});</li>
 *   <li>continuation (scheme v1.2): a quotation that opens a sentence or paragraph right after a
 *       direct quote carries on that speaker's words, with an empty cue (see {@link QuoteContinuations}).</li>
 * </ul>
 */
final class CrossSentenceQuotes {
  /** Words of a quotation below which it reads as a name or a coined term, not someone's words. */
  private static final int MIN_WORDS = 4;
  /** Tokens of a sentence that only attributes ("she asked on Monday."). */
  private static final int MAX_ATTRIBUTION = 10;
  /** Words of a quotation after a colon: a slogan of two words is someone's words there ('a message: "Vote now."'). */
  private static final int MIN_COLON_WORDS = 2;

  private final QuoteWords words;
  private final SyntacticAttribution syntax;
  private final OwnAttributions own;
  private final ColonQuotations colons;

  CrossSentenceQuotes(QuoteWords words, SyntacticAttribution syntax) {
    this.words = words;
    this.syntax = syntax;
    this.own = new OwnAttributions(words, syntax);
    this.colons = new ColonQuotations(words, syntax);
  }

  List<Candidate> find(String text, List<ParsedSentence> sentences, List<CharSpan> quotations,
      List<Candidate> found, List<EntityMention> entities) {
    List<Candidate> all = new ArrayList<>(found);
    List<Candidate> added = new ArrayList<>();
    for (CharSpan q : quotations) {
      Candidate c = all.stream().anyMatch(o -> o.span().overlaps(q)) ? null : claim(text, sentences, q, quotations, all,
          entities);
      if (c != null) {
        all.add(c);
        added.add(c);
      }
    }
    return added;
  }

  /**
   * 'X added: "..."', 'Name: "..."', 'X joked, "..."' or 'ended by saying "..."' just before the
   * quotation (see {@link ColonQuotations}).
   */
  private Candidate colon(String text, List<ParsedSentence> sentences, CharSpan q, List<CharSpan> quotations,
      List<EntityMention> entities) {
    int before = skipSpaceBack(text, q.begin());
    char mark = before > 0 ? text.charAt(before - 1) : ' ';
    boolean introduced = before > 0 && endsItsSentence(text, sentences, q);
    ParsedSentence p = introduced ? sentenceAt(sentences, before - 1) : null;
    int at = p == null ? -1 : tokenAt(p, before - 1) + (mark == ',' || mark == ':' ? 0 : 1);
    // 'Ana Ruiz (R-Ore.):"..."': the tokenizer put the colon into the quotation's sentence
    if (mark == ':' && at >= 0 && !p.token(at).word().equals(":")) {
      at++;
    } else if (mark == ':' && at == 0 && p.sentence().index() > 0) {
      p = sentences.get(p.sentence().index() - 1);
      at = p.size();
    }
    ColonQuotations.Introduction found = p == null ? null
        : mark == ':' ? colons.find(p, at, quotations) : colons.afterComma(p, at, quotations);
    return found == null ? null : candidate(p, q, found.speaker(), entities, found.cue(), sentences, text);
  }

  /**
   * The quoted words end a clause: punctuation just inside the closing mark, or nothing but
   * punctuation after it in the sentence ('Ana Ruiz: "No idea" if ...' is a headline, not a quote).
   */
  private static boolean endsItsSentence(String text, List<ParsedSentence> sentences, CharSpan q) {
    int last = q.end() - 1;
    while (last > q.begin() && !Character.isLetterOrDigit(text.charAt(last)) && ".,?!".indexOf(text.charAt(last)) < 0) {
      last--;
    }
    if (".,?!".indexOf(text.charAt(last)) >= 0) {
      return true;
    }
    ParsedSentence p = sentenceAt(sentences, q.end() - 1);
    int end = p == null ? q.end() : Math.max(q.end(), p.sentence().span().end());
    return text.substring(q.end(), end).chars().allMatch(c -> !Character.isLetterOrDigit(c));
  }

  /** '"Why now?" she asked.': a short sentence of speaker and verb right after the quotation. */
  private Candidate attributionAfter(String text, List<ParsedSentence> sentences, CharSpan q,
      List<EntityMention> entities) {
    int after = skipSpace(text, q.end());
    ParsedSentence p = sentenceAt(sentences, after);
    if (p == null || p.token(0).span().begin() != after || p.size() > MAX_ATTRIBUTION) {
      return null;
    }
    for (int t = 0; t < p.size(); t++) {
      String lemma = p.token(t).lemma().toLowerCase(Locale.ROOT);
      if (p.isVerb(t) && words.reportingVerbs().contains(lemma)
          && p.child(t, "ccomp", "xcomp", "obj", "parataxis") < 0) {
        int subject = syntax.subjectOf(p, t);
        return subject < 0 ? null : candidate(p, q, subject, entities, syntax.cue(p, t), sentences, text);
      }
    }
    return null;
  }

  /** The first of the readings that attributes the quotation; a short one only by its own attribution. */
  private Candidate claim(String text, List<ParsedSentence> sentences, CharSpan q, List<CharSpan> quotations,
      List<Candidate> all, List<EntityMention> entities) {
    boolean words = wordCount(q.of(text)) >= MIN_WORDS;
    Candidate c = wordCount(q.of(text)) >= MIN_COLON_WORDS ? colon(text, sentences, q, quotations, entities) : null;
    if (c == null && words) {
      c = attributionAfter(text, sentences, q, entities);
    }
    if (c == null) {
      c = own.find(text, sentenceAt(sentences, q.begin()), sentenceAt(sentences, skipSpace(text, q.end())), q,
          quotations, entities, words);
    }
    if (c == null && words) {
      c = DashSignatures.find(text, sentences, q, entities);
    }
    return c != null || !words ? c : QuoteContinuations.find(text, sentences, q, all);
  }

  private Candidate candidate(ParsedSentence p, CharSpan q, int subject, List<EntityMention> entities, String cue,
      List<ParsedSentence> sentences, String text) {
    if (p.token(subject).ner() == NerTag.DATE || p.token(subject).span().overlaps(q)) {
      return null;
    }
    CharSpan speaker = SpeakerMentions.span(p, subject, entities);
    ParsedSentence at = sentenceAt(sentences, q.begin());
    int sentence = at == null ? p.sentence().index() : at.sentence().index();
    return new Candidate(q, QuoteKind.DIRECT, speaker, p.token(subject), cue, sentence);
  }

  private static int wordCount(String s) {
    return s.strip().split("\\s+").length;
  }
}
