package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsfacts.extract.EntityWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Token;

/**
 * Name edges the tagger draws too wide, repaired in a general way: a title, salutation or fronted
 * speech verb before a person's name ("Prince Ana Ruiz", "Dear Bo", "Said Lund:"), two names run
 * together across a dash set off by spaces ("Ruiz - Bo Lund", not "Ana Ruiz-Lund") or across the
 * closing bracket of a wire dateline ("PORT KELL (Harbour Wire) - Tidewater Bank said": "Harbour
 * Wire" and "Tidewater Bank", not one name), and the article before an organisation's name ("The
 * Harbour Gazette"), which the scheme leaves out of organisation names.
 */
final class NameEdges {
  private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
  private static final Set<String> OPENING_BRACKETS = Set.of("(", "[", "-LRB-", "-LSB-");
  private static final Set<String> CLOSING_BRACKETS = Set.of(")", "]", "-RRB-", "-RSB-");
  private final Set<String> openingWords;

  NameEdges(EntityWords words) {
    this.openingWords = words.nameOpeningWords();
  }

  List<EntityMention> apply(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      List<Token> tokens = EntityExtractor.tokensIn(doc, m.span());
      if (tokens.size() < 2) {
        result.add(m);
      } else if (m.type() == EntityType.PERSON) {
        result.addAll(splitAtBreaks(doc, trimOpening(tokens), m));
      } else if (m.type() == EntityType.ORGANIZATION && tokens.get(0).word().equals("The")) {
        result.addAll(splitAtBreaks(doc, tokens.subList(1, tokens.size()), m));
      } else {
        result.addAll(splitAtBreaks(doc, tokens, m));
      }
    }
    return result;
  }

  private List<Token> trimOpening(List<Token> tokens) {
    int first = 0;
    while (first < tokens.size() - 1 && (openingWords.contains(tokens.get(first).word())
        || tokens.get(first).pos().startsWith("VB"))) {
      first++;
    }
    return tokens.subList(first, tokens.size());
  }

  /**
   * The parts of a mention between its breaks: a dash set off by spaces, or a closing bracket
   * the mention does not open. Parts without a capitalised word are no names and are dropped.
   */
  private static List<EntityMention> splitAtBreaks(AnnotatedArticle doc, List<Token> tokens, EntityMention m) {
    List<EntityMention> parts = new ArrayList<>();
    int partStart = 0;
    // "[Gov. Ana] Ruiz": an editor's bracket opened before the mention closes inside it
    int open = openedBefore(doc.text(), tokens.get(0).span().begin()) ? 1 : 0;
    for (int k = 0; k <= tokens.size(); k++) {
      boolean cut = k == tokens.size();
      if (!cut) {
        String w = tokens.get(k).word();
        int begin = tokens.get(k).span().begin();
        boolean spaced = begin > 0 && Character.isWhitespace(doc.text().charAt(begin - 1));
        open += OPENING_BRACKETS.contains(w) ? 1 : 0;
        boolean dashNext = k + 1 < tokens.size() && DASHES.contains(tokens.get(k + 1).word());
        cut = DASHES.contains(w) && spaced || CLOSING_BRACKETS.contains(w) && (open-- == 0 || dashNext);
        open = Math.max(open, 0);
      }
      if (cut) {
        List<Token> part = withoutUnmatchedBrackets(tokens.subList(partStart, k));
        if (part.stream().anyMatch(NameEdges::isCapitalised)) {
          parts.add(sub(doc, m, part));
        }
        partStart = k + 1;
      }
    }
    return parts.isEmpty() ? List.of(m) : parts;
  }

  /** Whether a bracket opened earlier on the line is still open at the offset. */
  private static boolean openedBefore(String text, int offset) {
    int closed = 0;
    for (int i = offset - 1; i >= 0 && i >= offset - 300 && text.charAt(i) != '\n'; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == ']') {
        closed++;
      } else if (c == '(' || c == '[') {
        if (closed == 0) {
          return true;
        }
        closed--;
      }
    }
    return false;
  }

  /** "Harbour Wire)" before the dash of a dateline: a closing bracket at the edge that the part does not open. */
  private static List<Token> withoutUnmatchedBrackets(List<Token> part) {
    boolean opens = part.stream().anyMatch(t -> OPENING_BRACKETS.contains(t.word()));
    int from = 0;
    int to = part.size();
    while (from < to && CLOSING_BRACKETS.contains(part.get(from).word())) {
      from++;
    }
    while (!opens && to > from && CLOSING_BRACKETS.contains(part.get(to - 1).word())) {
      to--;
    }
    return part.subList(from, to);
  }

  private static boolean isCapitalised(Token t) {
    char c = t.word().charAt(0);
    return Character.isLetterOrDigit(c) && !Character.isLowerCase(c);
  }

  private static EntityMention sub(AnnotatedArticle doc, EntityMention m, List<Token> tokens) {
    CharSpan span = new CharSpan(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
    if (span.equals(m.span())) {
      return m;
    }
    String text = span.of(doc.text());
    return m.withSpan(span, text).withCanonical(text);
  }
}
