package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Demonyms the country list lacks, read off a country the article names: "Freedonian" beside
 * "Freedonia", "Ruritanians" beside "Ruritania". The tagger, not knowing the word, may call it an
 * organisation or a person ("Freedonian Foreign Minister X"); it is the nationality of that country.
 */
public final class DerivedDemonyms {
  /** English demonym endings after a country name stripped of its final vowels. */
  private static final Set<String> ENDINGS = Set.of("n", "an", "ian", "ean", "ese", "i", "ish");

  private DerivedDemonyms() {}

  /** The country named in the article of which the word is the demonym. */
  public static Optional<String> countryOf(String word, List<EntityMention> mentions) {
    return mentions.stream().filter(m -> m.hasSubtype(LocationSubtype.COUNTRY)).map(EntityMention::text)
        .filter(country -> derives(word, country)).findFirst();
  }

  static boolean derives(String word, String country) {
    if (country.contains(" ") || word.contains(" ") || !Character.isUpperCase(country.charAt(0))) {
      return false;
    }
    String stem = country.replaceAll("[aeiou]+$", "");
    if (stem.length() < 3 || !word.startsWith(stem)) {
      return false;
    }
    String ending = word.substring(stem.length());
    // plurals of the nouns only ("Freedonians"): "Francis" is no plural of an "-i" demonym of "France"
    return ENDINGS.contains(ending) || ending.endsWith("ns") && ENDINGS.contains(ending.substring(0, ending.length() - 1));
  }

  /** One-word mentions typed organisation, person or MISC that derive from a country named in the article. */
  static List<EntityMention> retype(List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      boolean mistyped = m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON || m.type() == EntityType.MISC;
      if (mistyped && countryOf(m.text(), mentions).isPresent()) {
        result.add(EntityMention.of(m.span(), m.text(), EntityType.NATIONALITY, m.sentence()));
      } else {
        result.add(m);
      }
    }
    return result;
  }

  /**
   * A capitalised adjective or proper noun the tagger left out that is the demonym of a country
   * named in the article ("Freedonian companies" beside "Freedonia") is a nationality too. Known
   * demonyms are left to the tagger and the demonym list, so "North American" stays a region.
   */
  static List<EntityMention> addUntagged(AnnotatedArticle doc, List<EntityMention> mentions,
      java.util.function.Predicate<String> known) {
    List<String> countries = mentions.stream().filter(m -> m.hasSubtype(LocationSubtype.COUNTRY)).map(EntityMention::text)
        .distinct().toList();
    if (countries.isEmpty()) {
      return mentions;
    }
    List<EntityMention> result = new ArrayList<>(mentions);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word();
        boolean word = (t.pos().startsWith("JJ") || t.pos().startsWith("NNP")) && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        if (word && !countries.contains(w) && !known.test(w) && countries.stream().anyMatch(c -> derives(w, c))
            && mentions.stream().noneMatch(m -> m.span().overlaps(t.span()))) {
          result.add(EntityMention.of(t.span(), w, EntityType.NATIONALITY, s.index()));
        }
      }
    }
    result.sort(java.util.Comparator.comparing(EntityMention::span));
    return result;
  }
}
