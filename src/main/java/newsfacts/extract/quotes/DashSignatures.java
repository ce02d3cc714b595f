package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.TextPositions.sentenceAt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.quotes.QuoteExtractor.Candidate;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.QuoteKind;

/**
 * A quotation signed with a dash and a name, as pull quotes, epigraphs and collected reader
 * responses are: '"We will wait for the report." ― Ana Ruiz' or '... ― Ana Ruiz, a nurse in
 * Harbourton', on the quotation's line or in a paragraph of its own. The name must be a person
 * or organisation the tagger found right after the dash, and nothing but a description after a
 * comma, or a period, may follow it on its line.
 */
final class DashSignatures {
  /**
   * Spaces or a line break (at most one blank line: the signature may be a paragraph of its own),
   * one dash (figure, en, em, horizontal bar, or one or two hyphens), spaces.
   */
  private static final Pattern DASH =
      Pattern.compile("[ \\t\\u00A0]*(?:\\n[ \\t\\u00A0]*){0,2}([\\u2012-\\u2015]|--?)[ \\t\\u00A0]*");
  /** What may follow the name on its line: nothing, a period, or a description after a comma. */
  private static final Pattern AFTER_NAME = Pattern.compile("[.\\s\\u00A0]*(?:\\n|$)|,[^\\n\"\\u201C\\u201D]*(?:\\n|$)");
  private static final Set<EntityType> SOURCES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);

  private DashSignatures() {}

  /** Whether a quote's cue is a signature's dash: in such a layout each quotation is signed on its own. */
  static boolean isSignature(String cue) {
    return !cue.isEmpty() && DASH.matcher(cue).matches();
  }

  static Candidate find(String text, List<ParsedSentence> sentences, CharSpan q, List<EntityMention> entities) {
    Matcher dash = DASH.matcher(text).region(q.end(), text.length());
    if (!dash.lookingAt()) {
      return null;
    }
    int nameStart = dash.end();
    EntityMention name = entities.stream()
        .filter(e -> e.span().begin() == nameStart && SOURCES.contains(e.type()))
        .findFirst().orElse(null);
    if (name == null || !AFTER_NAME.matcher(text).region(name.span().end(), text.length()).lookingAt()) {
      return null;
    }
    ParsedSentence p = sentenceAt(sentences, name.span().end() - 1);
    ParsedSentence at = sentenceAt(sentences, q.begin());
    if (p == null || at == null) {
      return null;
    }
    int head = lastTokenIn(p, name.span());
    return new Candidate(q, QuoteKind.DIRECT, name.span(), p.token(head), dash.group(1), at.sentence().index());
  }

  private static int lastTokenIn(ParsedSentence p, CharSpan span) {
    int last = 0;
    for (int t = 0; t < p.size(); t++) {
      if (p.token(t).span().begin() < span.end() && span.begin() < p.token(t).span().end()) {
        last = t;
      }
    }
    return last;
  }
}
