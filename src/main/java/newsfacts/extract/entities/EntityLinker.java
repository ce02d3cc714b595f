package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.NameVariants;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * Gives every mention its canonical entity: the fullest name of that entity in the article. An
 * acronym joins the name it abbreviates; a partial person name ("Lindqvist") joins the nearest
 * full name that contains it, preferring the closest one before it, since news introduces a
 * person by full name first. When the name fits several people of the article ("Hale" after "Ann
 * Hale" and "Tom Hale"), {@link Namesakes} tells which one it names.
 *
 * <p>Time grows with the number of mentions, not its square: each name is squeezed once, and
 * the look-ups run over the article's distinct names ({@link ArticleNames}), memoised per name.
 */
public final class EntityLinker {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private final NameVariants names;
  private final Namesakes namesakes;

  /** @param titleWords lower-cased titles that may stand before a name ("senator", "sen.") */
  public EntityLinker(NameVariants names, SpeakerWords speakerWords, Set<String> titleWords) {
    this.names = names;
    NameGenders genders = new NameGenders(speakerWords);
    this.namesakes = new Namesakes(genders, titleWords, new NamesakeProfiles(genders, titleWords, speakerWords));
  }

  public List<EntityMention> link(String text, List<EntityMention> mentions) {
    Map<String, String> defined = definedAcronyms(text, mentions);
    ArticleNames article = new ArticleNames(mentions);
    List<EntityMention> linked = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      linked.add(mentions.get(i).withCanonical(canonical(text, article, i, defined)));
    }
    return linked;
  }

  /** "Coastal Survey Office (OHC)": an acronym defined in parentheses, initials or not. */
  private static Map<String, String> definedAcronyms(String text, List<EntityMention> mentions) {
    Map<String, String> defined = new HashMap<>();
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

  private String canonical(String text, ArticleNames article, int index, Map<String, String> defined) {
    EntityMention m = article.mentions.get(index);
    String name = article.names.get(index);
    if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) {
      String definition = defined.get(name);
      String shorter = definition != null ? definition : name;
      return article.longest.computeIfAbsent(m.type() + "\t" + shorter, k -> longestMatching(article, m.type(), shorter));
    }
    if (m.type() == EntityType.LOCATION && defined.containsKey(name)) {
      return defined.get(name);
    }
    if (m.type() == EntityType.PERSON) {
      return personName(text, article, index, name);
    }
    return name;
  }

  private String personName(String text, ArticleNames article, int index, String name) {
    int namesake = namesakes.choose(article, text, index, article.fuller(name));
    return namesake < 0 ? article.nearestFullPersonName(index, name)
        : article.nearestFullPersonName(namesake, article.names.get(namesake));
  }

  /**
   * The longest name of the same type this one abbreviates or begins ("Halvorsen" -> "Halvorsen
   * Group"); a canonical name never crosses types. Ties go to the name met first.
   */
  private String longestMatching(ArticleNames article, EntityType type, String name) {
    String best = endingName(article, type, name);
    boolean mayAbbreviate = name.equals(name.toUpperCase(Locale.ROOT));
    String prefix = name + " ";
    String expansion = null;
    for (String candidate : article.distinct(type)) {
      boolean abbreviates = mayAbbreviate && (names.isAcronymOf(name, candidate)
          || type == EntityType.ORGANIZATION && TailAcronyms.abbreviatesTail(name, candidate));
      boolean begins = type == EntityType.ORGANIZATION && candidate.startsWith(prefix);
      if ((abbreviates || begins) && candidate.length() > best.length()) {
        best = candidate;
      }
      if (mayAbbreviate && names.isAcronymOf(name, candidate) && (expansion == null || candidate.length() > expansion.length())) {
        expansion = candidate;
      }
    }
    // "ECO" with "Eastern Concord Organisation" and "ECO Energy Club": the acronym is the name it spells, not a body named after it
    return expansion != null ? expansion : best;
  }

  /**
   * "Harbour Committee" after "House Harbour Committee": a shorter organisation name that ends
   * exactly one longer name of the article is that organisation; with two candidates it stays as written.
   */
  private static String endingName(ArticleNames article, EntityType type, String name) {
    if (type != EntityType.ORGANIZATION || !name.contains(" ")) {
      return name;
    }
    List<String> longer = article.distinct(type).stream().filter(t -> t.endsWith(" " + name)).distinct().toList();
    return longer.size() == 1 ? longer.get(0) : name;
  }

  static String squeeze(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }
}
