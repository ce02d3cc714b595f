package newsfacts.extract.entities;

import newsfacts.extract.NameVariants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * One entity, one type, within an article: missed acronyms of named organisations, name parts
 * of people ("Lee" after "Lee Min-ho") and surface strings tagged differently in different places.
 */
public final class TypeConsistency {
  private TypeConsistency() {}

  /**
   * The tagger sometimes misses an acronym ("the NICR") whose full name it found: an upper-case
   * token outside any mention that abbreviates an organisation of the article joins it.
   */
  static List<EntityMention> withMissedAcronyms(AnnotatedArticle doc, List<EntityMention> mentions,
      NameVariants names) {
    List<EntityMention> result = new ArrayList<>(mentions);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word();
        boolean candidate = w.length() >= 2 && w.length() <= 8 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
            && w.chars().allMatch(Character::isLetter);
        if (!candidate || mentions.stream().anyMatch(m -> m.span().overlaps(t.span()))) {
          continue;
        }
        boolean abbreviates = mentions.stream().anyMatch(
            m -> m.type() == EntityType.ORGANIZATION && names.isAcronymOf(w, m.text()));
        if (abbreviates) {
          result.add(EntityMention.of(t.span(), w, EntityType.ORGANIZATION, s.index()));
        }
      }
    }
    result.sort(java.util.Comparator.comparing(EntityMention::span));
    return result;
  }

  /**
   * A one-word organisation or MISC mention that is part of a person's name in the same article
   * ("Lee said" after "Lee Min-ho") is that person.
   */
  static List<EntityMention> namePartsArePeople(List<EntityMention> mentions) {
    Set<String> nameParts = new java.util.HashSet<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.PERSON && m.text().contains(" ")) {
        nameParts.addAll(NameVariants.words(m.text()));
      }
    }
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      boolean retag = (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC)
          && !m.text().contains(" ") && nameParts.contains(m.text());
      result.add(retag ? m.withType(EntityType.PERSON) : m);
    }
    return result;
  }

  /**
   * The same name is one entity within an article: where the tagger gives a surface string
   * different types, every mention takes the type it has most often (ties: first seen).
   */
  static List<EntityMention> harmoniseTypes(List<EntityMention> mentions) {
    Map<String, Map<Label, Integer>> votes = new HashMap<>();
    Map<String, Label> firstSeen = new HashMap<>();
    for (EntityMention m : mentions) {
      Label label = new Label(m.type(), m.subtype());
      votes.computeIfAbsent(m.text(), k -> new TreeMap<>()).merge(label, 1, Integer::sum);
      firstSeen.putIfAbsent(m.text(), label);
    }
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      Map<Label, Integer> counts = votes.get(m.text());
      Label best = firstSeen.get(m.text());
      for (Map.Entry<Label, Integer> e : counts.entrySet()) {
        int bestCount = counts.get(best);
        if (e.getValue() > bestCount) {
          best = e.getKey();
        }
      }
      result.add(m.withType(best.type(), best.subtype()));
    }
    return result;
  }

  /**
   * A type with its subtype. Labels sort as their written form "TYPE/SUBTYPE" does, which decides
   * between two labels that both outvote the first one seen.
   */
  private record Label(EntityType type, Optional<LocationSubtype> subtype) implements Comparable<Label> {
    String written() {
      return type.name() + "/" + subtype.map(Enum::name).orElse("");
    }

    @Override
    public int compareTo(Label other) {
      return written().compareTo(other.written());
    }
  }

  /**
   * A one-word mention the tagger took for a person or an unknown place that is the first word
   * of an organisation named in the article ("Halvorsen" after "Halvorsen Group") is that
   * organisation. Known cities, countries and full person names are left alone.
   */
  static List<EntityMention> shortOrganisationNames(List<EntityMention> mentions) {
    Set<String> firstWords = new java.util.HashSet<>();
    Set<String> personWords = new java.util.HashSet<>();
    for (EntityMention m : mentions) {
      List<String> words = NameVariants.words(m.text());
      if (m.type() == EntityType.ORGANIZATION && words.size() > 1) {
        firstWords.add(words.get(0));
      }
      if (m.type() == EntityType.PERSON && words.size() > 1) {
        personWords.addAll(words);
      }
    }
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      boolean unsure = m.type() == EntityType.PERSON && !personWords.contains(m.text())
          || m.hasSubtype(LocationSubtype.REGION)
          || m.type() == EntityType.MISC;
      boolean retag = unsure && !m.text().contains(" ") && firstWords.contains(m.text());
      result.add(retag ? m.withType(EntityType.ORGANIZATION) : m);
    }
    return result;
  }
}
