package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * The source of a quotation read as a continuation (no cue of its own) when its own sentence names
 * one right after it: in '"We will wait," Ana Ruiz went on.' or '"Why now?" her husband cut in,
 * "after all this?"' the quotation ends as attributed speech does (a comma, a question or an
 * exclamation mark before the closing mark) and the next words are a subject and its verb (or the
 * verb and then its subject: '"...," continued Tom Hale'). That subject, not the speaker of the
 * quote before, is the source. Any verb counts: its subject stands next to the quotation.
 */
final class ContinuationSources {
  /** Tokens from the closing mark to the verb: room for a nominal with a name and an apposition. */
  private static final int MAX_SUBJECT = 20;
  private static final String ENDINGS = ",?!";
  private static final String CLOSING = "\"'\u2019\u201D";
  private static final Set<String> NO_SOURCE = Set.of("it", "that", "this", "which", "who", "there");

  private ContinuationSources() {}

  /** The subject named right after the quotation, or {@code source} when there is none. */
  static SourceRepairs.Source repaired(AnnotatedArticle doc, List<EntityMention> entities, CharSpan content,
      SourceRepairs.Source source) {
    if (!endsAttributed(doc.text(), content)) {
      return source;
    }
    int sentence = doc.sentenceAt(content.end() - 1);
    if (sentence < 0) {
      return source;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int first = 0;
    while (first < p.size() && p.token(first).span().begin() < content.end()) {
      first++;
    }
    // a comma, or a closing mark the tokenizer split off ("Why now?''" + "'")
    while (first < p.size() && (p.token(first).word().equals(",") || isMark(p.token(first).word()))) {
      first++;
    }
    if (first >= p.size() || p.token(first).span().begin() - content.end() > 3) {
      return source;
    }
    int subject = subjectAt(p, first);
    if (subject < 0) {
      return source;
    }
    CharSpan mention = SpeakerMentions.span(p, subject, entities);
    return mention.overlaps(content) ? source : new SourceRepairs.Source(mention, p.token(subject));
  }

  /** '"C,"', '"C?"', '"C!"': the quotation's last character before its closing marks. */
  private static boolean endsAttributed(String text, CharSpan content) {
    int last = content.end() - 1;
    if (last <= content.begin() || CLOSING.indexOf(text.charAt(last)) < 0) {
      return false;
    }
    while (last > content.begin() && CLOSING.indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    return ENDINGS.indexOf(text.charAt(last)) >= 0;
  }

  /** The subject of the verb that opens at {@code first} or follows its subject there; -1 if none. */
  private static int subjectAt(ParsedSentence p, int first) {
    if (p.isVerb(first) && !p.token(first).pos().equals("VBG")) {
      int inverted = p.child(first, "nsubj");
      return inverted > first && usable(p.token(inverted)) ? inverted : -1;
    }
    for (int v = first + 1; v < p.size() && v - first <= MAX_SUBJECT; v++) {
      if (!p.isVerb(v)) {
        continue;
      }
      int verb = p.relation(v).startsWith("aux") && p.head(v) > v ? p.head(v) : v;
      int subject = subjectFrom(p, verb, first);
      boolean covers = subject >= first && subject < v;
      boolean finite = !p.token(v).pos().equals("VBG") && !p.token(v).pos().equals("VBN");
      return covers && finite && usable(p.token(subject)) ? subject : -1;
    }
    return -1;
  }

  /**
   * The verb's subject whose phrase opens at {@code first}; the parse may give the verb a second
   * subject inside the quotation when a straight closing mark was read as an opening one.
   */
  private static int subjectFrom(ParsedSentence p, int verb, int first) {
    for (int c : p.children(verb)) {
      if (p.relation(c).equals("nsubj") && p.subtree(c).nextSetBit(0) == first) {
        return c;
      }
    }
    return -1;
  }

  private static boolean isMark(String word) {
    return !word.isEmpty() && word.chars().allMatch(ch -> CLOSING.indexOf(ch) >= 0 || ch == '`');
  }

  private static boolean usable(Token t) {
    String pos = t.pos();
    boolean nominal = pos.startsWith("NN") || pos.equals("PRP");
    return nominal && t.ner() != NerTag.DATE && !NO_SOURCE.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
