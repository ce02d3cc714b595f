package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsfacts.extract.EntityWords;
import newsfacts.extract.NameVariants;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.NerMention;
import newsfacts.model.NerTag;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Maps the tagger's fine-grained mentions to the scheme's types and subtypes, repairs two
 * systematic tagger faults (a direction word split off a region name; one surface string given
 * different types in one article) and drops what the scheme does not annotate (titles, numbers,
 * regional adjectives, time-zone abbreviations such as "GMT").
 */
public final class EntityExtractor {
  private final Set<String> directionWords;
  private final Set<String> continentAdjectives;
  private final Set<String> facilityWords;
  private final SplitRegions splitRegions;
  private final AcronymDefinitions acronymDefinitions;
  private final EntityRepairs repairs;
  private final NameVariants names;
  private final Demonyms demonyms;
  private final PartyWords partyWords;
  private final PlaceNames placeNames;
  private final NameEdges nameEdges;
  private final Set<String> timeZones = WordLists.set("time-zones.txt");
  private final Set<String> currencies = WordLists.set("currency-abbreviations.txt");
  private final CreditNames creditNames = new CreditNames();
  private final ContextPlaces contextPlaces = new ContextPlaces();

  public EntityExtractor(EntityWords words, NameVariants names, Map<String, String> countryDemonyms) {
    this.demonyms = new Demonyms(words, countryDemonyms);
    this.partyWords = new PartyWords(words);
    this.placeNames = new PlaceNames(words);
    this.nameEdges = new NameEdges(words);
    this.directionWords = words.directionWords();
    this.continentAdjectives = words.continentAdjectives();
    this.facilityWords = words.facilityWords();
    this.splitRegions = new SplitRegions(words);
    this.acronymDefinitions = new AcronymDefinitions(words, names);
    this.repairs = new EntityRepairs(words);
    this.names = names;
  }

  public List<EntityMention> extract(AnnotatedArticle doc) {
    List<EntityMention> mentions = new ArrayList<>();
    for (NerMention raw : splitRegions.merge(doc)) {
      toMention(doc, raw).ifPresent(mentions::add);
    }
    mentions = ApposedPosts.drop(doc.text(), HeadlineNames.trim(doc.text(), nameEdges.apply(doc, mentions)));
    mentions = placeNames.apply(doc, partyWords.apply(doc, demonyms.addUntagged(doc, mentions)));
    mentions = DerivedDemonyms.retype(QuotedNicknames.join(doc.text(), contextPlaces.apply(doc, mentions)));
    mentions = DerivedDemonyms.addUntagged(doc, mentions, demonyms::isDemonym);
    return creditNames.apply(doc, TailAcronyms.retype(doc, TypeConsistency.shortOrganisationNames(TypeConsistency.namePartsArePeople(
        TypeConsistency.harmoniseTypes(repairs.repair(doc,
            TypeConsistency.withMissedAcronyms(doc, acronymDefinitions.apply(doc, mentions), names)))))));
  }

  private Optional<EntityMention> toMention(AnnotatedArticle doc, NerMention untrimmed) {
    NerMention raw = trimLowercaseEdges(doc, untrimmed);
    if (raw == null || directionWords.contains(raw.text()) || timeZones.contains(raw.text())
        || currencies.contains(raw.text()) || isRegionalAdjective(doc, raw)) {
      return Optional.empty();
    }
    String text = raw.text();
    EntityType type;
    Optional<LocationSubtype> subtype = Optional.empty();
    switch (raw.tag()) {
      case PERSON -> type = EntityType.PERSON;
      case ORGANIZATION -> type = EntityType.ORGANIZATION;
      case NATIONALITY -> type = EntityType.NATIONALITY;
      case COUNTRY, CITY, STATE_OR_PROVINCE -> {
        type = EntityType.LOCATION;
        subtype = raw.tag().placeSubtype();
      }
      case LOCATION -> {
        type = EntityType.LOCATION;
        subtype = Optional.of(locationSubtype(text));
      }
      case MISC -> {
        if (demonyms.isDemonym(text)) {
          type = EntityType.NATIONALITY;
        } else if (isAdjective(doc, raw)) {
          return Optional.empty();
        } else {
          type = EntityType.MISC;
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new EntityMention(raw.span(), text, type, subtype, raw.sentence(), text));
  }

  /**
   * Names only: drops pronouns and lower-case words at either edge of a mention ("Tamar
   * province" -> "Tamar"); null when nothing capitalised is left.
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
    return span.equals(raw.span()) ? raw : raw.withSpan(span, span.of(doc.text()));
  }

  private static boolean isNameToken(Token t) {
    return !t.pos().startsWith("PRP") && !t.word().isEmpty() && !Character.isLowerCase(t.word().charAt(0));
  }

  /**
   * "American" in "North American", and continent adjectives in general, describe a region, not a
   * nationality; the scheme leaves them out.
   */
  private boolean isRegionalAdjective(AnnotatedArticle doc, NerMention raw) {
    if (continentAdjectives.contains(raw.text())) {
      return true;
    }
    if (raw.tag() != NerTag.NATIONALITY && raw.tag() != NerTag.MISC) {
      return false;
    }
    int begin = raw.span().begin();
    String before = doc.text().substring(Math.max(0, begin - 12), begin);
    return directionWords.stream().anyMatch(w -> before.endsWith(w + " "));
  }

  private LocationSubtype locationSubtype(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1);
    if (facilityWords.contains(last)) {
      return LocationSubtype.FACILITY;
    }
    return LocationSubtype.REGION;
  }

  /** Regional adjectives such as "Trans-Oceanic" come out as MISC; the scheme does not annotate them. */
  private static boolean isAdjective(AnnotatedArticle doc, NerMention raw) {
    List<Token> tokens = tokensIn(doc, raw.span());
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).pos().startsWith("JJ");
  }

  static List<Token> tokensIn(AnnotatedArticle doc, CharSpan span) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    // Sentences are in text order: a binary search finds the first one the span can touch, so a
    // long article costs a look-up per mention, not a pass over all its sentences.
    for (int i = firstEndingAfter(sentences, span.begin()); i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.span().begin() >= span.end()) {
        break;
      }
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

  private static int firstEndingAfter(List<Sentence> sentences, int offset) {
    int low = 0;
    int high = sentences.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sentences.get(middle).span().end() <= offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
