package newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.extract.quotes.speakers.SpeakerMentions;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.QuoteKind;

/**
 * A paragraph that opens with a source's name and a colon, with no quotation marks: the lines of a
 * transcript ("Ana Ruiz: We will wait for the vote.") and headlines of the form "Ruiz: Vote Will
 * Wait". The content runs to the end of the paragraph. Only a source introduces such a line, so that
 * datelines and labels ("Update:", "The Latest:") do not: a name the tagger knows as a person or an
 * organisation there or elsewhere in the article (a headline's bare surname), or a document or
 * poll noun ("Survey: Most Drivers Want Tolls").
 */
final class ColonLines {
  /** Tokens of a name before the colon. */
  private static final int MAX_NAME = 4;
  /** Words of a content below which the line reads as a label, not someone's words. */
  private static final int MIN_WORDS = 2;
  /** Distinct upper-case line labels that make an article a transcript ("Q:" and "A:"). */
  private static final int MIN_TRANSCRIPT_LABELS = 2;
  private static final Set<NerTag> SOURCES = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION);
  private static final Set<EntityType> SOURCE_ENTITIES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);

  /** Polls, documents and groups that head a headline's claim alone ("Survey:", "Economists:"). */
  private final Set<String> sourceNouns;

  ColonLines(QuoteWords words) {
    this.sourceNouns = words.colonLineSources();
  }

  List<Candidate> find(String text, List<ParsedSentence> sentences, List<CharSpan> quotations,
      List<Candidate> found, List<EntityMention> entities) {
    List<Candidate> result = new ArrayList<>();
    boolean transcript = sentences.stream().map(p -> capsLabel(text, p)).filter(l -> !l.isEmpty())
        .distinct().count() >= MIN_TRANSCRIPT_LABELS;
    for (ParsedSentence p : sentences) {
      int colon = nameColon(text, p, entities);
      if (colon < 0 && transcript && !capsLabel(text, p).isEmpty()) {
        colon = colonAfterLabel(p);
      }
      if (colon < 0) {
        continue;
      }
      CharSpan content = lineAfter(text, p.token(colon).span().end());
      // a quotation that is the whole line is left to the quotation readings
      boolean claimed = found.stream().anyMatch(c -> c.span().overlaps(content))
          || quotations.stream().anyMatch(q -> q.begin() == content.begin() && q.end() >= content.end());
      if (content.length() > 0 && !claimed && content.of(text).split("\\s+").length >= MIN_WORDS) {
        boolean mixed = quotations.stream().anyMatch(content::overlaps);
        result.add(new Candidate(content, mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT,
            speakerMention(p, colon - 1, entities), p.token(colon - 1), ":", p.sentence().index()));
      }
    }
    return result;
  }

  private static CharSpan speakerMention(ParsedSentence p, int head, List<EntityMention> entities) {
    return SpeakerMentions.span(p, head, entities);
  }

  /** The colon's token index when the sentence opens a paragraph with "Name:", else -1. */
  private int nameColon(String text, ParsedSentence p, List<EntityMention> entities) {
    if (!opensParagraph(text, p.sentence().span().begin())) {
      return -1;
    }
    int first = labelStart(p);
    for (int t = first + 1; t <= first + MAX_NAME && t < p.size() - 1; t++) {
      if (p.token(t).word().equals(":")) {
        boolean name = IntStream.range(first, t).allMatch(i -> p.token(i).pos().startsWith("NNP"));
        boolean sourceNoun = t == first + 1 && p.token(first).pos().startsWith("NN")
            && sourceNouns.contains(p.token(first).lemma().toLowerCase(Locale.ROOT));
        return sourceNoun || name && isSource(p, t - 1, entities) ? t : -1;
      }
    }
    return -1;
  }

  private boolean isSource(ParsedSentence p, int head, List<EntityMention> entities) {
    String word = p.token(head).word();
    return SOURCES.contains(p.token(head).ner())
        || entities.stream().anyMatch(e -> SOURCE_ENTITIES.contains(e.type())
            && !e.span().overlaps(p.sentence().span()) && e.text().endsWith(" " + word));
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

  /** The colon within the first {@link #MAX_NAME} tokens, or -1. */
  private static int colonAfterLabel(ParsedSentence p) {
    int first = labelStart(p);
    for (int t = first + 1; t <= first + MAX_NAME && t < p.size() - 1; t++) {
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
