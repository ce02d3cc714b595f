package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.NameVariants;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * The names of one article's mentions, squeezed once, with the indexes {@link EntityLinker}
 * looks names up in: the distinct names of each type in order of first mention, and for each
 * person name the positions of the mentions whose name contains it ("Lindqvist" -> the mentions
 * of "Maria Lindqvist"). A 2 MB article can hold tens of thousands of mentions: comparing every
 * mention with every other one would take hours.
 */
final class ArticleNames {
  private static final Pattern LETTERS = Pattern.compile("[^\\p{L}]+");
  final List<EntityMention> mentions;
  final List<String> names;
  /** ORGANIZATION and MISC canonical names, by type and name. */
  final Map<String, String> longest = new HashMap<>();
  private final Map<EntityType, Set<String>> distinct = new HashMap<>();
  private final Map<String, List<Integer>> personPositions = new LinkedHashMap<>();
  private final Map<String, int[]> fuller = new HashMap<>();
  /** The people sharing each short person name ({@link Namesakes}), by short name. */
  final Map<String, Map<String, List<Integer>>> namesakes = new HashMap<>();
  /** For each short name shared by several people, its latest mention so far and the mention of the person chosen. */
  final Map<String, int[]> lastNamesake = new HashMap<>();
  /** How many short mentions have been given to each of several people sharing a name, so far. */
  final Map<String, Integer> namesakeMentions = new HashMap<>();
  /** The profile of each of several people sharing a name ({@link NamesakeProfiles}), by widest name. */
  final Map<String, NamesakeProfiles.Profile> profiles = new HashMap<>();
  /** The genders of the honorifics ("Mr.") before short mentions given to each of several people sharing a name. */
  final Map<String, Set<NameGenders.Gender>> honorifics = new HashMap<>();
  private Map<String, List<String>> personsByWord;
  private Set<String> lowerCaseWords;

  ArticleNames(List<EntityMention> mentions) {
    this.mentions = mentions;
    this.names = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      String name = EntityLinker.squeeze(m.text());
      names.add(name);
      distinct.computeIfAbsent(m.type(), t -> new LinkedHashSet<>()).add(name);
      if (m.type() == EntityType.PERSON) {
        personPositions.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The distinct names of a type, in the order they are first mentioned. */
  Set<String> distinct(EntityType type) {
    return distinct.getOrDefault(type, Set.of());
  }

  /**
   * The fullest person name for the mention at {@code index}: the nearest fuller name before it,
   * followed back as far as names grow ("Lindqvist" <- "Maria Lindqvist" <- "Maria Anna
   * Lindqvist"); else the nearest fuller name after it; else the name itself.
   */
  String nearestFullPersonName(int index, String name) {
    int at = index;
    String current = name;
    for (int before = lastBefore(fuller(current), at); before >= 0; before = lastBefore(fuller(current), at)) {
      at = before;
      current = names.get(before);
    }
    int after = firstAfter(fuller(current), at);
    return after >= 0 ? names.get(after) : current;
  }

  /** The sorted positions of person mentions whose name holds every word of {@code name}, and more. */
  int[] fuller(String name) {
    return fuller.computeIfAbsent(name, n -> {
      List<String> part = NameVariants.words(n);
      List<Integer> positions = new ArrayList<>();
      if (!part.isEmpty()) {
        for (String whole : personsByWord().getOrDefault(part.get(0), List.of())) {
          if (NameVariants.isPartOfPersonName(n, whole)) {
            positions.addAll(personPositions.get(whole));
          }
        }
      }
      int[] sorted = positions.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(sorted);
      return sorted;
    });
  }

  /** The words the article writes in lower case ("team", "young"), read once when first asked. */
  Set<String> lowerCaseWords(String text) {
    if (lowerCaseWords == null) {
      lowerCaseWords = new HashSet<>();
      for (String word : LETTERS.split(text)) {
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
          lowerCaseWords.add(word);
        }
      }
    }
    return lowerCaseWords;
  }

  private Map<String, List<String>> personsByWord() {
    if (personsByWord == null) {
      personsByWord = new HashMap<>();
      for (String person : personPositions.keySet()) {
        for (String word : new LinkedHashSet<>(NameVariants.words(person))) {
          personsByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(person);
        }
      }
    }
    return personsByWord;
  }

  private static int lastBefore(int[] sorted, int index) {
    int i = Arrays.binarySearch(sorted, index);
    int insertion = i >= 0 ? i : -i - 1;
    return insertion > 0 ? sorted[insertion - 1] : -1;
  }

  private static int firstAfter(int[] sorted, int index) {
    int i = Arrays.binarySearch(sorted, index);
    int next = i >= 0 ? i + 1 : -i - 1;
    return next < sorted.length ? sorted[next] : -1;
  }
}
