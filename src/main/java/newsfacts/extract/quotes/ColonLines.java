package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.extract.quotes.speakers.SpeakerMentions;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.QuoteKind;

/**
 * A paragraph that opens with a source's name and a colon, with no quotation marks: the lines of a
 * transcript ("Ana Ruiz: We will wait for the vote.") and headlines of the form "Ruiz: Vote Will
 * Wait". The content runs to the end of the paragraph. Only a source introduces such a line, so that
 * datelines and labels ("Update:", "The Latest:") do not ({@link ColonLabels} says which labels name a
 * source and which token heads it).
 */
final class ColonLines {
  /** Words of a content below which the line reads as a label, not someone's words. */
  private static final int MIN_WORDS = 2;
  /** Distinct upper-case line labels that make an article a transcript ("Q:" and "A:"). */
  private static final int MIN_TRANSCRIPT_LABELS = 2;
  private final ColonLabels labels;

  ColonLines(QuoteWords words) {
    this.labels = new ColonLabels(words);
  }

  List<Candidate> find(String text, List<ParsedSentence> sentences, List<CharSpan> quotations,
      List<Candidate> found, List<EntityMention> entities) {
    List<Candidate> result = new ArrayList<>();
    boolean transcript = sentences.stream().map(p -> capsLabel(text, p)).filter(l -> !l.isEmpty())
        .distinct().count() >= MIN_TRANSCRIPT_LABELS;
    for (ParsedSentence p : sentences) {
      int colon = labelColon(text, p);
      int head = colon < 0 ? -1 : labels.sourceHead(p, labelStart(p), colon, sentences, entities);
      colon = head < 0 ? -1 : colon;
      if (colon < 0 && transcript && !capsLabel(text, p).isEmpty()) {
        colon = colonAfterLabel(p);
        head = colon - 1;
      }
      if (colon < 0) {
        continue;
      }
      CharSpan content = lineAfter(text, p.token(colon).span().end());
      // a quotation that is the whole line is left to the quotation readings
      boolean claimed = found.stream().anyMatch(c -> c.span().overlaps(content))
          || quotations.stream().anyMatch(q -> q.begin() == content.begin() && q.end() >= content.end());
      // "Source: Agency | 12 May | Editor: Ana Ruiz": fields of page furniture, not anyone's words
      boolean fields = content.of(text).contains(" | ");
      if (content.length() > 0 && !claimed && !fields && content.of(text).split("\\s+").length >= MIN_WORDS) {
        boolean mixed = quotations.stream().anyMatch(content::overlaps);
        result.add(new Candidate(content, mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT,
            speakerMention(p, head, entities), p.token(head), ":", p.sentence().index()));
      }
    }
    return result;
  }

  private static CharSpan speakerMention(ParsedSentence p, int head, List<EntityMention> entities) {
    return SpeakerMentions.span(p, head, entities);
  }

  /** The colon's token index when the sentence opens a paragraph with a short label and a colon, else -1. */
  private static int labelColon(String text, ParsedSentence p) {
    if (!opensParagraph(text, p.sentence().span().begin())) {
      return -1;
    }
    int first = labelStart(p);
    for (int t = first + 1; t <= first + ColonLabels.MAX_LABEL && t < p.size() - 1; t++) {
      if (p.token(t).word().equals(":")) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The label of a transcript line: an upper-case name and a colon opening a paragraph
   * ("ANA RUIZ: We will wait.", "Q: Why now?"); "" if the sentence does not open so.
   */
  private static String capsLabel(String text, ParsedSentence p) {
    int colon = colonAfterLabel(p);
    if (colon < 0 || !opensParagraph(text, p.sentence().span().begin())) {
      return "";
    }
    StringBuilder label = new StringBuilder();
    for (int t = labelStart(p); t < colon; t++) {
      String word = p.token(t).word();
      if (!word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
        return "";
      }
      label.append(word).append(' ');
    }
    return label.toString();
  }

  /** The colon within the first {@link ColonLabels#MAX_NAME} tokens, or -1. */
  private static int colonAfterLabel(ParsedSentence p) {
    int first = labelStart(p);
    for (int t = first + 1; t <= first + ColonLabels.MAX_NAME && t < p.size() - 1; t++) {
      if (p.token(t).word().equals(":")) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Where the label opens: after a stray opening quotation mark that the line starts with
   * ('"ANA RUIZ: We will wait.', a transcript pasted inside quotation marks), else the first token.
   */
  private static int labelStart(ParsedSentence p) {
    return p.size() > 2 && p.token(0).pos().equals("``") ? 1 : 0;
  }

  private static boolean opensParagraph(String text, int begin) {
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    return text.substring(lineStart, begin).isBlank();
  }

  /** From the first non-space after {@code from} to the paragraph's end, without a final period. */
  private static CharSpan lineAfter(String text, int from) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    int begin = from;
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
      end--;
    }
    return new CharSpan(begin, end);
  }
}
