package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import newsfacts.extract.EntityWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Party words in the scheme's reading: a party named alone ("many Tories say", "the GOP") is an
 * ORGANIZATION, also where the tagger called it MISC or missed it; an adjective or a singular
 * member noun ("a Tory minister", "a Lakeland Tory") is no name; adjective + "party" names the
 * party ("the Tory party").
 */
final class PartyWords {
  private final Set<String> partyNames;
  private final Set<String> partyAdjectives;

  PartyWords(EntityWords words) {
    this.partyNames = words.partyNames();
    this.partyAdjectives = words.partyAdjectives();
  }

  List<EntityMention> apply(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (partyNames.contains(m.text())) {
        result.add(m.withType(EntityType.ORGANIZATION));
      } else if (!partyAdjectives.contains(m.text())) {
        result.add(m);
      }
    }
    for (Sentence s : doc.sentences()) {
      addUntagged(doc.text(), s, result);
    }
    result.sort(Comparator.comparing(EntityMention::span));
    return result;
  }

  private void addUntagged(String text, Sentence s, List<EntityMention> result) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      CharSpan span = null;
      if (partyNames.contains(t.word())) {
        span = t.span();
      } else if (partyAdjectives.contains(t.word()) && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("party")) {
        span = new CharSpan(t.span().begin(), tokens.get(i + 1).span().end());
      }
      CharSpan found = span;
      if (found != null && result.stream().noneMatch(m -> m.span().overlaps(found))) {
        result.add(EntityMention.of(found, found.of(text), EntityType.ORGANIZATION, s.index()));
      }
    }
  }
}
