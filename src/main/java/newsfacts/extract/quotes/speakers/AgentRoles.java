package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * A role of someone acting for another ("the premier's spokesman", "an aide"; agent-role-nouns.txt)
 * is never the person it acts for. When the article does not name them, a later "the spokesman"
 * is the unnamed spokesman quoted before ("the premier's spokesman"), not the premier.
 */
final class AgentRoles {
  private AgentRoles() {
  }

  /**
   * Whom the possessive common-noun owner of an agent role stands for ("the premier's spokesman":
   * whoever "the premier" resolves to by {@code resolveNominal}), or null.
   */
  static String nominalOwner(AnnotatedArticle doc, List<EntityMention> entities, Token head, int sentence,
      BiFunction<CharSpan, Token, String> resolveNominal) {
    if (sentence < 0 || !RoleNominals.isAgentRole(head.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int owner = p.child(head.index(), "nmod:poss");
    if (owner < 0 || !p.token(owner).pos().startsWith("NN")
        || entities.stream().anyMatch(e -> e.span().overlaps(p.token(owner).span()))) {
      return null;
    }
    return resolveNominal.apply(SpeakerMentions.span(p, owner, entities), p.token(owner));
  }

  /**
   * "the spokesman" alone (the mention's other words are {@code others}): the latest unresolved
   * source before it that is a longer phrase headed by the same agent role ("the premier's
   * spokesman"), or null.
   */
  static String earlierUnnamed(Token head, List<Token> others, List<Quote> earlier, int offset) {
    String word = head.word().toLowerCase(Locale.ROOT);
    boolean bare = others.size() == 1 && others.get(0).word().equalsIgnoreCase("the");
    if (!bare || !RoleNominals.isAgentRole(head.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    String found = null;
    for (Quote q : earlier) {
      String source = q.speakerText().replaceAll("\\s+", " ").strip();
      String[] parts = source.toLowerCase(Locale.ROOT).split(" ");
      boolean before = q.speakerMention().map(m -> m.begin() < offset).orElse(false);
      if (before && source.equals(q.speaker()) && parts.length > 2 && parts[parts.length - 1].equals(word)) {
        found = q.speaker();
      }
    }
    return found;
  }
}
