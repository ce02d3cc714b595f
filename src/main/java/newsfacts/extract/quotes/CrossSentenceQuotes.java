package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
 *       direct quote carries on that speaker's words, with an empty cue.</li>
 * </ul>
 */
final class CrossSentenceQuotes {
  /** Words of a quotation below which it reads as a name or a coined term, not someone's words. */
  private static final int MIN_WORDS = 4;
  /** Tokens of a sentence that only attributes ("she asked on Monday."). */
  private static final int MAX_ATTRIBUTION = 10;
  /** Words of a quotation after a colon: a slogan of two words is someone's words there ('a message: "Vote now."'). */
  private static final int MIN_COLON_WORDS = 2;
  /** Characters between a quote and its continuation: room for one attribution ("she said, adding"). */
  private static final int MAX_BETWEEN = 100;
  /** A double quotation mark in any of its forms: the text between is then no attribution. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201C]|``|''");

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
    return c != null || !words ? c : continuation(text, sentences, q, all);
  }

  /**
   * A quotation opening a sentence right after a direct quote, in its paragraph or the next. The
   * text between is short, or it is the rest of the quote's own sentence, however long its
   * attribution ('"A," said Ana Ruiz, a lawyer who has ... since 1990. "B."').
   */
  private static Candidate continuation(String text, List<ParsedSentence> sentences, CharSpan q, List<Candidate> all) {
    Candidate previous = directBefore(q, all, sentences);
    ParsedSentence p = sentenceAt(sentences, firstWord(text, q));
    if (previous == null || p == null || !opensSentence(text, p, q) || isSingleQuoted(text, q)
        || DashSignatures.isSignature(previous.cue())) {
      return null;
    }
    String between = text.substring(previous.span().end(), q.begin());
    boolean ownSentence = p.sentence().index() > 0
        && sentenceAt(sentences, previous.span().end() - 1) == sentences.get(p.sentence().index() - 1);
    if (between.strip().length() > MAX_BETWEEN && !ownSentence || between.split("\n\\s*\n", -1).length > 2
        || QUOTE_MARKS.matcher(between).find()) {
      return null;
    }
    return new Candidate(q, QuoteKind.DIRECT, previous.speakerMention(), previous.speakerHead(), "",
        p.sentence().index());
  }

  /**
   * The last quote before {@code q} when it is direct; an indirect one read in the same sentence
   * as a direct quote ('"A," said Ana Ruiz, speaking of the road.') gives way to that quote.
   */
  private static Candidate directBefore(CharSpan q, List<Candidate> all, List<ParsedSentence> sentences) {
    Candidate previous = null;
    Candidate direct = null;
    for (Candidate c : all) {
      if (c.span().end() <= q.begin() && (previous == null || c.span().end() > previous.span().end())) {
        previous = c;
      }
      if (c.kind() != QuoteKind.INDIRECT && c.span().end() <= q.begin()
          && (direct == null || c.span().end() > direct.span().end())) {
        direct = c;
      }
    }
    if (previous == null || previous.kind() != QuoteKind.INDIRECT) {
      return previous;
    }
    boolean sameSentence = direct != null && previous.span().begin() >= direct.span().end()
        && sentenceAt(sentences, previous.span().begin()) == sentenceAt(sentences, direct.span().end() - 1);
    return sameSentence ? direct : null;
  }

  /**
   * The quotation opens its sentence: the sentence starts at its mark, or only the mark comes before
   * the sentence's first word (the tokenizer may end the sentence before with an opening '' mark).
   */
  private static boolean opensSentence(String text, ParsedSentence p, CharSpan q) {
    int first = p.token(0).span().begin();
    return first == q.begin() || first > q.begin() && first == firstWord(text, q);
  }

  /** Continued speech opens with a double mark; a single-quoted line is a heading or a title ('Down the Road'). */
  private static boolean isSingleQuoted(String text, CharSpan q) {
    char c = text.charAt(q.begin());
    return (c == '\'' || c == '\u2018') && !text.startsWith("''", q.begin());
  }

  private static int firstWord(String text, CharSpan q) {
    int i = q.begin();
    while (i < q.end() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
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

  private static ParsedSentence sentenceAt(List<ParsedSentence> sentences, int offset) {
    for (ParsedSentence p : sentences) {
      CharSpan s = p.sentence().span();
      if (s.begin() <= offset && offset < s.end()) {
        return p;
      }
    }
    return null;
  }

  private static int tokenAt(ParsedSentence p, int offset) {
    for (int t = 0; t < p.size(); t++) {
      if (p.token(t).span().begin() <= offset && offset < p.token(t).span().end()) {
        return t;
      }
    }
    return p.size() - 1;
  }

  private static int skipSpaceBack(String text, int i) {
    int j = i;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private static int skipSpace(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int wordCount(String s) {
    return s.strip().split("\\s+").length;
  }
}
