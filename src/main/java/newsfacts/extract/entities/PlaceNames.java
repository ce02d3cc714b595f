package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.EntityWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;

/**
 * Place names the tagger gets wrong in a general way: short and former country names typed as
 * regions ("America"), a name shared by a city and its state read as the state ("the mayor of
 * New York" is the city unless "state" or "governor" follows or it ends an address), state
 * abbreviations after a city or party letter ("Dover, Del.", "(D-Va.)"), "X City" split in two,
 * and a nationality before a government body ("Freedonian Foreign Ministry", one organisation).
 */
final class PlaceNames {
  private final Set<String> countryNames;
  private final Set<String> cityStateNames;
  private final Set<String> stateContextWords;
  private final Set<String> cityNameHeads;
  private final Set<String> nationalBodyHeads;
  /** An abbreviation after ", " or "-", not followed by a letter: "Salem, Ore." or "(R-Ore.)". */
  private final Pattern stateAbbreviation;

  PlaceNames(EntityWords words) {
    this.countryNames = words.countryNames();
    this.cityStateNames = words.cityStateNames();
    this.stateContextWords = words.stateContextWords();
    this.cityNameHeads = words.cityNameHeads();
    this.nationalBodyHeads = words.nationalBodyHeads();
    this.stateAbbreviation = Pattern.compile("(?<=, |-)" + WordLists.anyOf(words.stateAbbreviations()) + "(?![\\p{L}.])");
  }

  List<EntityMention> apply(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>();
    for (EntityMention m : mentions) {
      result.add(cityOrState(doc.text(), m, mentions));
    }
    result = joinCityHeads(doc.text(), result);
    result = joinNationalBodies(doc.text(), result);
    result = stateAbbreviations(doc, result);
    result.removeIf(m -> isTitleAbbreviation(doc.text(), m, mentions));
    result.sort(Comparator.comparing(EntityMention::span));
    return result;
  }

  private EntityMention cityOrState(String text, EntityMention m, List<EntityMention> all) {
    if (m.type() != EntityType.LOCATION) {
      return m;
    }
    if (countryNames.contains(m.text())) {
      return m.withSubtype(LocationSubtype.COUNTRY);
    }
    if (!cityStateNames.contains(m.text())) {
      return m;
    }
    String next = nextWord(text, m.span().end());
    boolean address = text.startsWith(", ", m.span().begin() - 2)
        && all.stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.span().end() == m.span().begin() - 2);
    boolean state = stateContextWords.contains(next) || address;
    return m.withSubtype(state ? LocationSubtype.STATE_OR_PROVINCE : LocationSubtype.CITY);
  }

  /** "Lakeland" + "City" (or an untagged "City") -> "Lakeland City", a city. */
  private List<EntityMention> joinCityHeads(String text, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions);
    for (EntityMention m : mentions) {
      String next = nextWord(text, m.span().end()).replaceAll("\\.$", "");
      if (m.type() != EntityType.LOCATION || !cityNameHeads.contains(next) || !text.startsWith(" ", m.span().end())) {
        continue;
      }
      CharSpan joined = new CharSpan(m.span().begin(), m.span().end() + 1 + next.length());
      result.removeIf(o -> o.span().overlaps(joined));
      result.add(m.withSpan(joined, joined.of(text)).withSubtype(LocationSubtype.CITY));
    }
    return result;
  }

  /** "Freedonian" + "Foreign Ministry" -> "Freedonian Foreign Ministry". */
  private List<EntityMention> joinNationalBodies(String text, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      EntityMention nation = mentions.get(i);
      EntityMention body = mentions.get(i + 1);
      boolean national = nation.type() == EntityType.NATIONALITY || nation.hasSubtype(LocationSubtype.COUNTRY);
      String head = body.text().substring(body.text().lastIndexOf(' ') + 1);
      if (national && body.type() == EntityType.ORGANIZATION && nationalBodyHeads.contains(head)
          && body.span().begin() == nation.span().end() + 1 && text.charAt(nation.span().end()) == ' ') {
        CharSpan joined = new CharSpan(nation.span().begin(), body.span().end());
        result.remove(nation);
        result.remove(body);
        result.add(body.withSpan(joined, joined.of(text)));
      }
    }
    return result;
  }

  private List<EntityMention> stateAbbreviations(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions);
    Matcher m = stateAbbreviation.matcher(doc.text());
    while (m.find()) {
      CharSpan span = new CharSpan(m.start(), m.end());
      int sentence = doc.sentenceAt(m.start());
      boolean inLongerName = result.stream().anyMatch(e -> e.span().contains(span) && !e.span().equals(span)
          && e.type() != EntityType.LOCATION);
      boolean beforePerson = result.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.span().begin() == m.end() + 1);
      if (sentence < 0 || inLongerName || beforePerson) {
        continue;
      }
      result.removeIf(e -> e.span().overlaps(span));
      result.add(new EntityMention(span, m.group(), EntityType.LOCATION, java.util.Optional.of(LocationSubtype.STATE_OR_PROVINCE),
          sentence, m.group()));
    }
    return result;
  }

  /** "Gen. Ana Ruiz": a short place-like word with a period before a person is a title. */
  private static boolean isTitleAbbreviation(String text, EntityMention m, List<EntityMention> all) {
    int end = m.span().end();
    return m.type() == EntityType.LOCATION && m.text().length() <= 4 && text.startsWith(". ", end)
        && all.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.span().begin() == end + 2);
  }

  private static String nextWord(String text, int from) {
    int begin = from;
    while (begin < text.length() && text.charAt(begin) == ' ') {
      begin++;
    }
    int end = begin;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",;:)".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(begin, end);
  }
}
