package newsfacts.extract.relations;

import newsfacts.extract.entities.EntityLinker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Sentence;

/**
 * org:alternate_names: an acronym and the full name it abbreviates (or that defines it in
 * parentheses), when both appear in the article. The evidence is the sentence where the second of the two forms first appears.
 */
public final class AlternateNames {
  private AlternateNames() {}

  static List<Relation> extract(AnnotatedArticle doc, List<EntityMention> entities) {
    Map<String, Relation> found = new LinkedHashMap<>();
    for (EntityMention acronym : entities) {
      boolean isAcronym = acronym.type() == EntityType.ORGANIZATION && !acronym.text().equals(acronym.canonical())
          && EntityLinker.isAllCaps(acronym.text()) && acronym.canonical().contains(" ")
          && !acronym.canonical().startsWith(acronym.text() + " ");
      String key = acronym.canonical() + "|" + acronym.text();
      if (!isAcronym || found.containsKey(key)) {
        continue;
      }
      int fullName = firstOffset(entities, acronym.canonical());
      int abbreviation = firstOffset(entities, acronym.text());
      Sentence evidence = doc.sentences().get(doc.sentenceAt(Math.max(fullName, abbreviation)));
      found.put(key, new Relation(acronym.canonical(), RelationSlot.ORG_ALTERNATE_NAMES, acronym.text(), evidence.span(),
          "acronym", 0.95));
    }
    return new ArrayList<>(found.values());
  }

  private static int firstOffset(List<EntityMention> entities, String text) {
    return entities.stream().filter(e -> e.text().equals(text)).map(EntityMention::span).mapToInt(CharSpan::begin)
        .min().orElse(0);
  }
}
