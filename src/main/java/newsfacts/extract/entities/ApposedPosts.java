package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * A post the tagger marks as an organisation, followed by the name of the one who holds it: "the
 * Minister for Trade, Ana Ruiz, said". The scheme leaves titles out of the entities, and a speaker
 * named this way is the person, not a body. "The Ministry of Trade, a department, said" stays.
 */
final class ApposedPosts {
  private static final Set<String> POST_HEADS = WordLists.set("post-heads.txt");
  /** Between the post and the holder's name: a comma, and perhaps an honorific left outside the name. */
  private static final Pattern APPOSED = Pattern.compile(",\\s+(?:[A-Z][a-z]{0,5}\\.?\\s+)?");

  private ApposedPosts() {
  }

  static List<EntityMention> drop(String text, List<EntityMention> mentions) {
    return mentions.stream().filter(m -> !isApposedPost(text, m, mentions))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static boolean isApposedPost(String text, EntityMention m, List<EntityMention> mentions) {
    String first = m.text().split("\\s+")[0];
    if (m.type() != EntityType.ORGANIZATION || !POST_HEADS.contains(first) || !m.text().contains(" ")) {
      return false;
    }
    return mentions.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.span().begin() > m.span().end()
        && APPOSED.matcher(text.substring(m.span().end(), p.span().begin())).matches());
  }
}
