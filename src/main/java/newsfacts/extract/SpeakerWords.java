package newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of speaker resolution (agreement of pronouns and nominals with the person they
 * denote), each read from the lexicon file of the same name, plus CoreNLP's first-name genders.
 *
 * @param maleFirstNames first names CoreNLP's name list gives as male only (lower case)
 * @param femaleFirstNames first names CoreNLP's name list gives as female only (lower case)
 * @param malePronouns male-pronouns.txt: "he", "him", "his"
 * @param femalePronouns female-pronouns.txt: "she", "her"
 * @param groupPronouns group-pronouns.txt: "they", "it": a group or organisation, never one person
 * @param maleHonorifics male-honorifics.txt: "mr."
 * @param femaleHonorifics female-honorifics.txt: "mrs.", "ms."
 * @param maleNouns male-person-nouns.txt: "spokesman", "congressman"
 * @param femaleNouns female-person-nouns.txt: "spokeswoman", "congresswoman"
 * @param titleAbbreviations title-abbreviations.txt: "sen." -> "senator"
 * @param addresseeVerbs addressee-verbs.txt: "tell", "ask": their object is the addressee
 * @param indefiniteDeterminers indefinite-determiners.txt: "a", "an": "an aide" is someone new
 * @param ownedSourceNouns owned-source-nouns.txt: "statement", "account": "his statement" is his
 * @param pluralPronouns plural-pronouns.txt: "they", "them": a group, never one organisation named "it"
 * @param animateNouns nouns CoreNLP's animacy lists give as animate only ("critics", "aides"; lower case)
 */
public record SpeakerWords(
    Set<String> maleFirstNames,
    Set<String> femaleFirstNames,
    Set<String> malePronouns,
    Set<String> femalePronouns,
    Set<String> groupPronouns,
    Set<String> maleHonorifics,
    Set<String> femaleHonorifics,
    Set<String> maleNouns,
    Set<String> femaleNouns,
    Map<String, String> titleAbbreviations,
    Set<String> addresseeVerbs,
    Set<String> indefiniteDeterminers,
    Set<String> ownedSourceNouns,
    Set<String> pluralPronouns,
    Set<String> animateNouns) {

  /** CoreNLP's first names with their gender ("aaron MALE"), a data file of its models jar. */
  private static final String NAME_GENDER = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  /** CoreNLP's animacy lists (one word a line), data files of its models jar. */
  private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

  static SpeakerWords load() {
    Map<String, Set<String>> genders = loadNameGenders();
    Set<String> male = new HashSet<>();
    Set<String> female = new HashSet<>();
    genders.forEach((name, set) -> {
      if (set.equals(Set.of("MALE"))) {
        male.add(name);
      } else if (set.equals(Set.of("FEMALE"))) {
        female.add(name);
      }
    });
    return new SpeakerWords(
        Set.copyOf(male),
        Set.copyOf(female),
        WordLists.set("male-pronouns.txt"),
        WordLists.set("female-pronouns.txt"),
        WordLists.set("group-pronouns.txt"),
        WordLists.set("male-honorifics.txt"),
        WordLists.set("female-honorifics.txt"),
        WordLists.set("male-person-nouns.txt"),
        WordLists.set("female-person-nouns.txt"),
        WordLists.pairs("title-abbreviations.txt"),
        WordLists.set("addressee-verbs.txt"),
        WordLists.set("indefinite-determiners.txt"),
        WordLists.set("owned-source-nouns.txt"),
        WordLists.set("plural-pronouns.txt"),
        animateOnly());
  }

  /** Words CoreNLP lists as inanimate and not also as animate ("footage", "debate"; lower case). */
  public static Set<String> inanimateOnly() {
    Set<String> animate = new HashSet<>(modelWords(ANIMATE));
    return modelWords(INANIMATE).stream().filter(w -> !animate.contains(w)).collect(Collectors.toUnmodifiableSet());
  }

  /** Words CoreNLP lists as animate and not also as inanimate. */
  private static Set<String> animateOnly() {
    Set<String> inanimate = new HashSet<>(modelWords(INANIMATE));
    return modelWords(ANIMATE).stream().filter(w -> !inanimate.contains(w)).collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> modelWords(String resource) {
    try (InputStream in = SpeakerWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (CoreNLP's models jar)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tab-separated lines "name GENDER"; a name listed with both genders is ambiguous. */
  private static Map<String, Set<String>> loadNameGenders() {
    Map<String, Set<String>> map = new HashMap<>();
    try (InputStream in = SpeakerWords.class.getClassLoader().getResourceAsStream(NAME_GENDER)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + NAME_GENDER + " (CoreNLP's models jar)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length == 2) {
          map.computeIfAbsent(fields[0].toLowerCase(java.util.Locale.ROOT), k -> new HashSet<>()).add(fields[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
