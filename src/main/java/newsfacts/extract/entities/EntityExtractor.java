package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerMention;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Maps the tagger's fine-grained mentions to the scheme's types and subtypes, repairs two
 * systematic tagger faults (a direction word split off a region name; one surface string given
 * different types in one article) and drops what the scheme does not annotate (titles, numbers,
 * regional adjectives).
 */
public final class EntityExtractor {
  private static final Set<String> DIRECTION_WORDS =
      Set.of(
          "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
          "Northeast", "Northwest", "Southeast", "Southwest", "Middle", "Upper", "Lower");
  private static final Set<String> REGION_NAMES =
      Set.of("Asia", "Africa", "Europe", "America", "Americas", "Oceania", "Antarctica", "Arctic",
          "Caucasus", "Balkans", "Pacific", "Atlantic", "Mediterranean", "Eurasia", "Middle East");
  private static final Set<String> CONTINENT_ADJECTIVES =
      Set.of("Asian", "European", "African", "Eurasian", "Western", "Eastern", "Oceanian", "Latin");
  private static final Set<String> FACILITY_WORDS =
      Set.of("Hall", "Building", "Palace", "Square", "Stadium", "Airport", "Center", "Centre", "Tower", "Bridge");

  public List<EntityMention> extract(AnnotatedArticle doc) {
    List<EntityMention> mentions = new ArrayList<>();
    for (NerMention raw : mergeSplitRegions(doc)) {
      toMention(doc, raw).ifPresent(mentions::add);
    }
    return TypeConsistency.shortOrganisationNames(TypeConsistency.namePartsArePeople(
        TypeConsistency.harmoniseTypes(EntityRepairs.repair(doc,
            TypeConsistency.withMissedAcronyms(doc, AcronymDefinitions.apply(doc, mentions))))));
  }

  private Optional<EntityMention> toMention(AnnotatedArticle doc, NerMention untrimmed) {
    NerMention raw = trimLowercaseEdges(doc, untrimmed);
    if (raw == null || DIRECTION_WORDS.contains(raw.text()) || isRegionalAdjective(doc, raw)) {
      return Optional.empty();
    }
    String text = raw.text();
    EntityType type;
    String subtype = "";
    switch (raw.tag()) {
      case "PERSON" -> type = EntityType.PERSON;
      case "ORGANIZATION" -> type = EntityType.ORGANIZATION;
      case "NATIONALITY" -> type = EntityType.NATIONALITY;
      case "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> {
        type = EntityType.LOCATION;
        subtype = raw.tag();
      }
      case "LOCATION" -> {
        type = EntityType.LOCATION;
        subtype = locationSubtype(text);
      }
      case "MISC" -> {
        if (isAdjective(doc, raw)) {
          return Optional.empty();
        }
        type = EntityType.MISC;
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new EntityMention(raw.span(), text, type, subtype, raw.sentence(), text));
  }

  /**
   * Names only: drops pronouns and lower-case words at either edge of a mention ("Zhejiang
   * province" -> "Zhejiang"); null when nothing capitalised is left.
   */
  private static NerMention trimLowercaseEdges(AnnotatedArticle doc, NerMention raw) {
    List<Token> tokens = tokensIn(doc, raw.span());
    int first = 0;
    int last = tokens.size() - 1;
    while (first <= last && !isNameToken(tokens.get(first))) {
      first++;
    }
    while (last >= first && !isNameToken(tokens.get(last))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    CharSpan span = new CharSpan(tokens.get(first).span().begin(), tokens.get(last).span().end());
    return span.equals(raw.span()) ? raw : new NerMention(span, span.of(doc.text()), raw.tag(), raw.sentence());
  }

  private static boolean isNameToken(Token t) {
    return !t.pos().startsWith("PRP") && !t.word().isEmpty() && !Character.isLowerCase(t.word().charAt(0));
  }

  /**
   * "Asian" in "Central Asian", and continent adjectives in general, describe a region, not a
   * nationality; the scheme leaves them out.
   */
  private static boolean isRegionalAdjective(AnnotatedArticle doc, NerMention raw) {
    if (CONTINENT_ADJECTIVES.contains(raw.text())) {
      return true;
    }
    if (!raw.tag().equals("NATIONALITY") && !raw.tag().equals("MISC")) {
      return false;
    }
    int begin = raw.span().begin();
    String before = doc.text().substring(Math.max(0, begin - 12), begin);
    return DIRECTION_WORDS.stream().anyMatch(w -> before.endsWith(w + " "));
  }

  private static String locationSubtype(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1);
    if (FACILITY_WORDS.contains(last)) {
      return "FACILITY";
    }
    return "REGION";
  }

  /** Regional adjectives such as "Eurasian" come out as MISC; the scheme does not annotate them. */
  private static boolean isAdjective(AnnotatedArticle doc, NerMention raw) {
    List<Token> tokens = tokensIn(doc, raw.span());
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).pos().startsWith("JJ");
  }

  /**
   * The tagger often splits "Central Asia" into Central/LOCATION + Asia/CITY. A capitalised
   * direction word directly before a location is joined to it as one REGION.
   */
  private static List<NerMention> mergeSplitRegions(AnnotatedArticle doc) {
    List<NerMention> merged = new ArrayList<>();
    String text = doc.text();
    for (NerMention m : inTextOrder(doc.nerMentions())) {
      if (!merged.isEmpty()) {
        NerMention previous = merged.get(merged.size() - 1);
        boolean adjacent =
            previous.sentence() == m.sentence()
                && text.substring(previous.span().end(), m.span().begin()).equals(" ");
        if (adjacent && DIRECTION_WORDS.contains(previous.text()) && isPlace(m.tag())) {
          CharSpan span = new CharSpan(previous.span().begin(), m.span().end());
          merged.set(merged.size() - 1, new NerMention(span, span.of(text), "LOCATION", m.sentence()));
          continue;
        }
      }
      merged.add(regionAsLocation(withDirectionWord(text, m)));
    }
    return merged;
  }

  /**
   * The tagger's mentions sorted by position, without overlaps: of mentions that overlap, the one
   * that starts first (the longer one when they start together) is kept. CoreNLP's mentions are
   * already ordered and disjoint; another tagger's need not be.
   */
  private static List<NerMention> inTextOrder(List<NerMention> mentions) {
    List<NerMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((NerMention m) -> m.span().begin()).thenComparing(m -> -m.span().end()));
    List<NerMention> kept = new ArrayList<>(sorted.size());
    for (NerMention m : sorted) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).span().end() <= m.span().begin()) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** "Central Asia" where the tagger left "Central" untagged. */
  private static NerMention withDirectionWord(String text, NerMention m) {
    if (!isPlace(m.tag()) || !REGION_NAMES.contains(m.text())) {
      return m;
    }
    for (String word : DIRECTION_WORDS) {
      int begin = m.span().begin() - word.length() - 1;
      if (begin >= 0 && text.startsWith(word + " ", begin)
          && (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))) {
        CharSpan span = new CharSpan(begin, m.span().end());
        return new NerMention(span, span.of(text), "LOCATION", m.sentence());
      }
    }
    return m;
  }

  private static NerMention regionAsLocation(NerMention m) {
    if (isPlace(m.tag()) && REGION_NAMES.contains(m.text())) {
      return new NerMention(m.span(), m.text(), "LOCATION", m.sentence());
    }
    return m;
  }

  private static boolean isPlace(String tag) {
    return tag.equals("LOCATION") || tag.equals("CITY") || tag.equals("COUNTRY") || tag.equals("STATE_OR_PROVINCE");
  }

  static List<Token> tokensIn(AnnotatedArticle doc, CharSpan span) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.span().overlaps(span)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (span.contains(t.span())) {
          tokens.add(t);
        }
      }
    }
    return tokens;
  }
}
