package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsfacts.extract.NameVariants;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Place names the tagger has never seen (a small or newly named country, a city) come out as
 * people or organisations. Where the context leaves no doubt, every mention of the name becomes a
 * place: a country before a post only a country has ("Vesnia Prime Minister X", "Freedonia's
 * foreign minister") or after one and "of" ("the capital of Freedonia"), a country in an "and" list
 * with a known country ("Freedonia, Ruritania and Ostravia"); a city before a comma and a country
 * after "in" ("in Orhal, Freedonia") or before "the capital of". A word of a full person name of the
 * article is left alone, and so is the demonym of another name ("Freedonian Foreign Minister").
 */
final class ContextPlaces {
  private static final Set<EntityType> UNSURE = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MISC);
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at", "from");
  private final List<List<String>> offices;

  ContextPlaces() {
    this.offices = WordLists.set("national-office-words.txt").stream().map(o -> List.of(o.split(" "))).toList();
  }

  List<EntityMention> apply(AnnotatedArticle doc, List<EntityMention> mentions) {
    Set<String> personWords = new java.util.HashSet<>();
    mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.text().contains(" "))
        .forEach(m -> personWords.addAll(NameVariants.words(m.text())));
    // demonyms of a name of the article ("Freedonian" beside "Freedonia") are no places
    mentions.stream().filter(m -> mentions.stream().anyMatch(o -> DerivedDemonyms.derives(m.text(), o.text())))
        .forEach(m -> personWords.add(m.text()));
    List<EntityMention> result = mentions;
    Map<String, LocationSubtype> found = new HashMap<>();
    // two passes: a country found in one place makes the lists it stands in evidence for the next
    for (int pass = 0; pass < 2; pass++) {
      Map<String, LocationSubtype> places = new HashMap<>();
      for (Sentence s : doc.sentences()) {
        List<EntityMention> inSentence = result.stream().filter(m -> m.sentence() == s.index()).toList();
        read(s, inSentence, personWords, places);
      }
      if (places.isEmpty()) {
        break;
      }
      places.forEach(found::putIfAbsent);
      List<EntityMention> next = new ArrayList<>(result.size());
      for (EntityMention m : result) {
        LocationSubtype subtype = UNSURE.contains(m.type()) ? places.get(m.text()) : null;
        next.add(subtype == null ? m : m.withType(EntityType.LOCATION, Optional.of(subtype)));
      }
      result = next;
    }
    return found.isEmpty() ? result : withUntagged(doc, result, found);
  }

  /** The tagger may leave some mentions of a place it never saw untagged ("Vesnia" once a person, once nothing). */
  private static List<EntityMention> withUntagged(AnnotatedArticle doc, List<EntityMention> mentions,
      Map<String, LocationSubtype> places) {
    List<EntityMention> result = new ArrayList<>(mentions);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        LocationSubtype subtype = t.pos().startsWith("NNP") ? places.get(t.word()) : null;
        if (subtype != null && mentions.stream().noneMatch(m -> m.span().overlaps(t.span()))) {
          result.add(new EntityMention(t.span(), t.word(), EntityType.LOCATION, Optional.of(subtype), s.index(), t.word()));
        }
      }
    }
    result.sort(java.util.Comparator.comparing(EntityMention::span));
    return result;
  }

  private void read(Sentence s, List<EntityMention> inSentence, Set<String> personWords, Map<String, LocationSubtype> places) {
    List<Token> tokens = s.tokens();
    Map<Integer, EntityMention> byFirst = new HashMap<>();
    Map<Integer, Integer> lastToken = new HashMap<>();
    for (EntityMention m : inSentence) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (m.span().contains(tokens.get(i).span())) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0) {
        byFirst.put(first, m);
        lastToken.put(first, last);
      }
    }
    for (Map.Entry<Integer, EntityMention> e : byFirst.entrySet()) {
      EntityMention m = e.getValue();
      int i = e.getKey();
      boolean candidate = UNSURE.contains(m.type()) && !m.text().contains(" ") && !personWords.contains(m.text())
          && lastToken.get(i) == i;
      if (!candidate) {
        continue;
      }
      boolean listed = m.type() != EntityType.ORGANIZATION && CountryLists.holds(tokens, i, byFirst, lastToken, personWords);
      if (officeAfter(tokens, i + 1) || officeBeforeOf(tokens, i - 1) || listed) {
        places.putIfAbsent(m.text(), LocationSubtype.COUNTRY);
      } else if (cityBeforeCountry(tokens, i, byFirst)) {
        places.putIfAbsent(m.text(), LocationSubtype.CITY);
      }
    }
  }

  private boolean officeAfter(List<Token> tokens, int from) {
    int at = from < tokens.size() && tokens.get(from).word().equals("'s") ? from + 1 : from;
    return offices.stream().anyMatch(o -> wordsAt(tokens, at, o));
  }

  private boolean officeBeforeOf(List<Token> tokens, int ofIndex) {
    if (ofIndex < 1 || !tokens.get(ofIndex).word().equals("of")) {
      return false;
    }
    if (tokens.get(ofIndex - 1).word().equalsIgnoreCase("capital")) {
      return true;
    }
    return offices.stream().anyMatch(o -> wordsAt(tokens, ofIndex - o.size(), o));
  }

  private static boolean wordsAt(List<Token> tokens, int at, List<String> words) {
    if (at < 0 || at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(at + k).word().toLowerCase(Locale.ROOT).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** "in X, Freedonia" (a country after the comma) or "X, the capital of". */
  private static boolean cityBeforeCountry(List<Token> tokens, int at, Map<Integer, EntityMention> byFirst) {
    if (at + 2 >= tokens.size() || !tokens.get(at + 1).word().equals(",")) {
      return false;
    }
    if (tokens.get(at + 2).word().equalsIgnoreCase("the") && at + 4 < tokens.size()
        && tokens.get(at + 3).word().equals("capital") && tokens.get(at + 4).word().equals("of")) {
      return true;
    }
    EntityMention after = byFirst.get(at + 2);
    boolean country = after != null && after.hasSubtype(LocationSubtype.COUNTRY)
        && (at + 3 >= tokens.size() || !tokens.get(at + 3).word().equals("'s"));
    return country && at > 0 && PLACE_PREPOSITIONS.contains(tokens.get(at - 1).word().toLowerCase(Locale.ROOT));
  }
}
