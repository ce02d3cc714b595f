package newsfacts.extract.entities;

import newsfacts.extract.NameVariants;
import java.util.ArrayList;
import java.util.List;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * Gives every mention its canonical entity: the fullest name of that entity in the article. An
 * acronym joins the name it abbreviates; a partial person name ("Lindqvist") joins the nearest
 * full name that contains it, preferring the closest one before it, since news introduces a
 * person by full name first.
 */
public final class EntityLinker {
  private final NameVariants names;

  public EntityLinker(NameVariants names) {
    this.names = names;
  }

  public List<EntityMention> link(String text, List<EntityMention> mentions) {
    java.util.Map<String, String> defined = definedAcronyms(text, mentions);
    List<EntityMention> linked = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      linked.add(mentions.get(i).withCanonical(canonical(mentions, i, defined)));
    }
    return linked;
  }

  /** "Coastal Survey Office (OHC)": an acronym defined in parentheses, initials or not. */
  private static java.util.Map<String, String> definedAcronyms(String text, List<EntityMention> mentions) {
    java.util.Map<String, String> defined = new java.util.HashMap<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      EntityMention name = mentions.get(i);
      EntityMention acronym = mentions.get(i + 1);
      boolean parenthesised = text.startsWith(" (", name.span().end()) && acronym.span().begin() == name.span().end() + 2
          && text.startsWith(")", acronym.span().end());
      if (parenthesised && name.type() == acronym.type() && name.type() != EntityType.PERSON && isAllCaps(acronym.text())) {
        defined.putIfAbsent(acronym.text(), squeeze(name.text()));
      }
    }
    return defined;
  }

  public static boolean isAllCaps(String text) {
    return text.chars().filter(Character::isUpperCase).count() >= 2
        && text.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '.');
  }

  private String canonical(List<EntityMention> mentions, int index, java.util.Map<String, String> defined) {
    EntityMention m = mentions.get(index);
    String name = squeeze(m.text());
    if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) {
      String definition = defined.get(name);
      return definition != null ? longestMatching(mentions, m, definition) : longestMatching(mentions, m, name);
    }
    if (m.type() == EntityType.LOCATION && defined.containsKey(name)) {
      return defined.get(name);
    }
    if (m.type() == EntityType.PERSON) {
      return nearestFullPersonName(mentions, index, name);
    }
    return name;
  }

  /**
   * The longest name of the same type this one abbreviates or begins ("Halvorsen" -> "Halvorsen
   * Group"); a canonical name never crosses types.
   */
  private String longestMatching(List<EntityMention> mentions, EntityMention m, String name) {
    String best = endingName(mentions, m, name);
    for (EntityMention other : mentions) {
      String candidate = squeeze(other.text());
      if (other.type() != m.type()) {
        continue;
      }
      boolean abbreviates = names.isAcronymOf(name, candidate)
          || other.type() == EntityType.ORGANIZATION && TailAcronyms.abbreviatesTail(name, candidate);
      boolean begins = other.type() == EntityType.ORGANIZATION && candidate.startsWith(name + " ");
      if ((abbreviates || begins) && candidate.length() > best.length()) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * "Harbour Committee" after "House Harbour Committee": a shorter organisation name that ends
   * exactly one longer name of the article is that organisation; with two candidates it stays as written.
   */
  private static String endingName(List<EntityMention> mentions, EntityMention m, String name) {
    if (m.type() != EntityType.ORGANIZATION || !name.contains(" ")) {
      return name;
    }
    List<String> longer = mentions.stream().filter(o -> o.type() == EntityType.ORGANIZATION)
        .map(o -> squeeze(o.text())).filter(t -> t.endsWith(" " + name)).distinct().toList();
    return longer.size() == 1 ? longer.get(0) : name;
  }

  private static String nearestFullPersonName(List<EntityMention> mentions, int index, String name) {
    for (int i = index - 1; i >= 0; i--) {
      String candidate = fullPersonName(mentions.get(i), name);
      if (candidate != null) {
        return nearestFullPersonName(mentions, i, candidate);
      }
    }
    for (int i = index + 1; i < mentions.size(); i++) {
      String candidate = fullPersonName(mentions.get(i), name);
      if (candidate != null) {
        return candidate;
      }
    }
    return name;
  }

  private static String fullPersonName(EntityMention other, String name) {
    String candidate = squeeze(other.text());
    boolean longer = other.type() == EntityType.PERSON && NameVariants.isPartOfPersonName(name, candidate);
    return longer ? candidate : null;
  }

  static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
