package newsfacts.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Reported speech from the dependency parse: a reporting verb with a clausal complement ("X said
 * (that) C"), with a fronted clause ("C, said X"), with a to-infinitive ("X vowed to ..."), "call
 * for C", and "according to X, C". Content inside quotation marks makes the quote direct; a
 * quoted fragment inside a paraphrase makes it mixed. Quotation marks that no reporting verb
 * claims (names, coined terms) are not quotes.
 */
final class QuoteExtractor {
  private static final Set<String> LEADING_DISCOURSE = Set.of("but", "and", "however", "so", "yet", "also", "that");

  private final Lexicon lexicon;

  QuoteExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A quote found in one sentence before its speaker is resolved. */
  record Candidate(CharSpan span, QuoteKind kind, CharSpan speakerMention, Token speakerHead, String cue, int sentence) {}

  List<Quote> extract(AnnotatedArticle doc, List<EntityMention> entities) {
    List<CharSpan> quotations = QuotationMarks.find(doc.text());
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      candidates.addAll(inSentence(new ParsedSentence(s), doc.text(), quotations, entities));
    }
    SpeakerResolver resolver = new SpeakerResolver(doc, entities, lexicon);
    List<Quote> quotes = new ArrayList<>();
    for (Candidate c : candidates) {
      String speaker = resolver.resolve(c.speakerMention(), c.speakerHead(), quotes);
      quotes.add(new Quote(c.span(), c.span().of(doc.text()), c.kind(), Optional.of(c.speakerMention()),
          c.speakerMention().of(doc.text()), speaker, c.cue(), c.sentence()));
    }
    quotes.sort(java.util.Comparator.comparing(Quote::span));
    return quotes;
  }

  private List<Candidate> inSentence(ParsedSentence p, String text, List<CharSpan> quotations, List<EntityMention> entities) {
    List<Candidate> found = new ArrayList<>();
    List<CharSpan> verbContents = new ArrayList<>();
    Candidate previous = null;
    for (int t = 0; t < p.size(); t++) {
      Token token = p.token(t);
      String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
      if (!p.isVerb(t) || !lexicon.reportingVerbs.contains(lemma)) {
        continue;
      }
      BitSet content;
      int subject;
      BitSet participle = AttributionPatterns.participleContent(p, t);
      AttributionPatterns.Match match = AttributionPatterns.match(p, t, Lexicon.INFINITIVE_VERBS.contains(lemma));
      if (participle != null && previous != null) {
        Candidate c = candidate(p, participle, quotations, previous.speakerMention(), previous.speakerHead(), token.word());
        if (c != null) {
          found.add(c);
        }
        continue;
      } else if (match != null) {
        content = match.content();
        subject = match.speakerHead();
      } else if (AttributionPatterns.NEEDS_THAT.contains(lemma)) {
        continue;
      } else {
        content = verbContent(p, t);
        subject = subjectOf(p, t);
      }
      if (content == null || content.cardinality() < 2 || subject < 0 || isExpletive(p.token(subject))) {
        continue;
      }
      CharSpan speaker = SpeakerMentions.span(p, subject, entities);
      Candidate c = candidate(p, content, quotations, speaker, p.token(subject), cue(p, t));
      if (c != null && !c.span().overlaps(speaker)) {
        found.add(c);
        verbContents.add(c.span());
        previous = c;
      } else if (c != null && match != null && match.pattern().equals("parenthetical")) {
        found.add(c);
        previous = c;
      }
    }
    for (int t = 0; t + 1 < p.size(); t++) {
      if (p.token(t).word().equalsIgnoreCase("according") && p.token(t + 1).word().equalsIgnoreCase("to")) {
        int source = p.head(t);
        if (source < 0 || source == t) {
          continue;
        }
        BitSet content = new BitSet();
        content.set(0, p.size());
        content.andNot(p.subtree(source));
        content.clear(t, t + 2);
        CharSpan speaker = SpeakerMentions.span(p, source, entities);
        Candidate c = candidate(p, content, quotations, speaker, p.token(source), "according to");
        boolean insideAnother = c != null && verbContents.stream().anyMatch(v -> v.contains(speaker));
        if (c != null && !insideAnother && !c.span().overlaps(speaker)) {
          found.add(c);
        }
      }
    }
    return outerQuotesStayIndirect(found);
  }

  /**
   * "X called for a "slogan", the ministry said": the quoted words belong to the inner quote, so
   * the outer one, which contains it, stays indirect.
   */
  private static List<Candidate> outerQuotesStayIndirect(List<Candidate> found) {
    List<Candidate> result = new ArrayList<>();
    for (Candidate c : found) {
      boolean containsMixed = found.stream().anyMatch(o -> o != c && o.kind() != QuoteKind.INDIRECT
          && c.span().contains(o.span()) && !c.span().equals(o.span()));
      result.add(c.kind() == QuoteKind.MIXED && containsMixed
          ? new Candidate(c.span(), QuoteKind.INDIRECT, c.speakerMention(), c.speakerHead(), c.cue(), c.sentence())
          : c);
    }
    return result;
  }

  private static boolean isExpletive(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return w.equals("it") || w.equals("there") || w.equals("this");
  }

  /** The tokens a reporting verb reports, or null when it reports nothing we can delimit. */
  private BitSet verbContent(ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
    int clause = p.child(verb, "ccomp");
    if (clause >= 0) {
      return without(p, p.subtree(clause), verb);
    }
    if (Lexicon.INFINITIVE_VERBS.contains(lemma)) {
      int infinitive = p.child(verb, "xcomp");
      if (infinitive >= 0 && hasInfinitiveMarker(p, infinitive)) {
        return without(p, p.subtree(infinitive), verb);
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
    if (p.relation(verb).startsWith("parataxis") && p.head(verb) >= 0) {
      BitSet content = p.subtree(p.head(verb));
      content.andNot(p.subtree(verb));
      return without(p, content, verb);
    }
    int fronted = p.child(verb, "parataxis");
    if (fronted >= 0 && fronted < verb) {
      return without(p, p.subtree(fronted), verb);
    }
    return null;
  }

  /** Drops participial reporting clauses (", adding that ...") that are quotes of their own. */
  private BitSet without(ParsedSentence p, BitSet content, int verb) {
    BitSet result = (BitSet) content.clone();
    result.clear(verb);
    for (int t = result.nextSetBit(0); t >= 0; t = result.nextSetBit(t + 1)) {
      boolean participle = p.token(t).pos().equals("VBG")
          && lexicon.reportingVerbs.contains(p.token(t).lemma().toLowerCase(java.util.Locale.ROOT));
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
  private static int subjectOf(ParsedSentence p, int verb) {
    int current = verb;
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = p.child(current, "nsubj");
      if (subject >= 0) {
        String word = p.token(subject).word().toLowerCase(java.util.Locale.ROOT);
        boolean relative = word.equals("who") || word.equals("which") || word.equals("that");
        return relative && p.relation(current).startsWith("acl") ? p.head(current) : subject;
      }
      String relation = p.relation(current);
      boolean inherits = relation.startsWith("advcl") || relation.startsWith("xcomp") || relation.startsWith("conj")
          || relation.startsWith("dep");
      if (!inherits) {
        return -1;
      }
      current = p.head(current);
    }
    return -1;
  }

  private static String cue(ParsedSentence p, int verb) {
    String word = p.token(verb).word();
    int particle = p.child(verb, "compound:prt");
    if (particle >= 0) {
      return word + " " + p.token(particle).word();
    }
    for (int c : p.children(verb)) {
      String w = p.token(c).word().toLowerCase(java.util.Locale.ROOT);
      if ((w.equals("on") || w.equals("for")) && c == verb + 1) {
        return word + " " + p.token(c).word();
      }
    }
    if (p.token(verb).lemma().equalsIgnoreCase("call") && verb + 1 < p.size()) {
      String next = p.token(verb + 1).word().toLowerCase(java.util.Locale.ROOT);
      if (next.equals("on") || next.equals("for")) {
        return word + " " + p.token(verb + 1).word();
      }
    }
    return word;
  }

  private Candidate candidate(ParsedSentence p, BitSet content, List<CharSpan> quotations,
      CharSpan speaker, Token speakerHead, String cue) {
    trim(p, content);
    CharSpan span = p.span(content);
    if (span == null) {
      return null;
    }
    for (CharSpan q : quotations) {
      if (q.begin() <= span.begin() + 1 && span.end() - 1 <= q.end()) {
        return new Candidate(q, QuoteKind.DIRECT, speaker, speakerHead, cue, p.sentence().index());
      }
    }
    QuoteKind kind = QuoteKind.INDIRECT;
    for (CharSpan q : quotations) {
      if (span.overlaps(q)) {
        kind = QuoteKind.MIXED;
        span = new CharSpan(Math.min(span.begin(), q.begin()), Math.max(span.end(), q.end()));
      }
    }
    return new Candidate(span, kind, speaker, speakerHead, cue, p.sentence().index());
  }

  /** Leading discourse words, a leading "Specifically,", edge punctuation and quotes of indirect content. */
  private static void trim(ParsedSentence p, BitSet content) {
    boolean changed = true;
    while (changed && !content.isEmpty()) {
      changed = false;
      int first = content.nextSetBit(0);
      int last = content.length() - 1;
      Token f = p.token(first);
      boolean adverbWithComma = f.pos().startsWith("RB") && first + 1 <= last && p.token(first + 1).word().equals(",");
      boolean dateline = first == 0 && isAllCaps(f.word()) && first + 1 <= last
          && (p.token(first + 1).word().equals("-") || p.token(first + 1).word().equals("--"));
      if (dateline) {
        content.clear(first, first + 2);
        changed = true;
      } else if (isPunctuation(f) || LEADING_DISCOURSE.contains(f.word().toLowerCase(java.util.Locale.ROOT)) || adverbWithComma) {
        content.clear(first);
        changed = true;
      } else if (isPunctuation(p.token(last)) && !isQuoteMark(p.token(last))) {
        content.clear(last);
        changed = true;
      }
    }
  }

  private static boolean isAllCaps(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private static boolean isPunctuation(Token t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0)) && !isQuoteMark(t)
        && !t.word().startsWith("$");
  }

  private static boolean isQuoteMark(Token t) {
    String w = t.word();
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D")
        || w.equals("`") || w.equals("'");
  }
}
