package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.EntityWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Demonyms are NATIONALITY whatever the tagger made of them: plural nouns it calls MISC
 * ("Freedonians"), adjectives it leaves untagged ("a Freedonian official"), peoples ("Arabs") and
 * ethnic compounds of a continent adjective and a demonym ("African-Freedonians"). Demonyms of
 * continents and regions ("Asian", "Europeans") stay out, as the scheme says.
 */
final class Demonyms {
  private final Set<String> forms = new HashSet<>();
  private final Set<String> continentAdjectives;
  private final Set<String> directionWords;

  Demonyms(EntityWords words, Map<String, String> countryDemonyms) {
    this.continentAdjectives = words.continentAdjectives();
    this.directionWords = words.directionWords();
    countryDemonyms.forEach((form, place) -> {
      String[] parts = place.split(" ", 2);
      boolean directed = parts.length == 2 && directionWords.contains(parts[0]) && words.regionNames().contains(parts[1]);
      boolean regional = (words.regionNames().contains(place) || directed) && !words.countryNames().contains(place);
      if (!regional && !continentAdjectives.contains(form)) {
        forms.add(form);
      }
    });
    forms.addAll(words.peopleDemonyms());
  }

  /** "Freedonian", "Freedonians", "Afro-Freedonian", "African Freedonians". */
  boolean isDemonym(String text) {
    if (forms.contains(text) || text.endsWith("s") && forms.contains(text.substring(0, text.length() - 1))) {
      return true;
    }
    String[] parts = text.split("[- ]", 2);
    return parts.length == 2 && continentAdjectives.contains(parts[0]) && isDemonym(parts[1]);
  }

  /** Untagged demonym tokens ("a Freedonian official") become NATIONALITY mentions. */
  List<EntityMention> addUntagged(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions);
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        boolean afterDirection = i > 0 && directionWords.contains(tokens.get(i - 1).word());
        boolean beforeName = i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NNP");
        if (isDemonym(t.word()) && !afterDirection && !beforeName && !covered(result, t.span())) {
          result.add(EntityMention.of(t.span(), t.word(), EntityType.NATIONALITY, s.index()));
        }
      }
    }
    result.sort(Comparator.comparing(EntityMention::span));
    return result;
  }

  private static boolean covered(List<EntityMention> mentions, CharSpan span) {
    return mentions.stream().anyMatch(m -> m.span().overlaps(span));
  }
}
