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
 * speech verb before a person's name ("Prince Ana Ruiz", "Dear Bo", "Said Lund:"), two people run
 * together across a dash set off by spaces ("Ruiz - Bo Lund", not "Ana Ruiz-Lund"), and the article before an organisation's name ("The
 * Harbour Gazette"), which the scheme leaves out of organisation names.
 */
final class NameEdges {
  private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
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
        result.addAll(splitAtDash(doc, trimOpening(tokens), m));
      } else if (m.type() == EntityType.ORGANIZATION && tokens.get(0).word().equals("The")) {
        result.add(sub(doc, m, tokens.subList(1, tokens.size())));
      } else {
        result.add(m);
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

  private static List<EntityMention> splitAtDash(AnnotatedArticle doc, List<Token> tokens, EntityMention m) {
    for (int k = 1; k < tokens.size() - 1; k++) {
      int begin = tokens.get(k).span().begin();
      boolean spaced = begin > 0 && Character.isWhitespace(doc.text().charAt(begin - 1));
      if (DASHES.contains(tokens.get(k).word()) && spaced) {
        return List.of(sub(doc, m, tokens.subList(0, k)), sub(doc, m, tokens.subList(k + 1, tokens.size())));
      }
    }
    return List.of(sub(doc, m, tokens));
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
