package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * org:city_of_headquarters and org:country_of_headquarters from "X is headquartered in C",
 * "X, based in C", "X has its headquarters (secretariat) in C", "X moved its headquarters to C".
 * The organisation is the nearest one named before the trigger in the sentence.
 */
public final class Headquarters {
  private final Set<String> headquartersWords;
  private final Set<String> headquartersPrepositions;
  private final Set<String> employerPrepositions;
  private final OrganisationReferences organisations = new OrganisationReferences();

  Headquarters(RelationWords words) {
    this.employerPrepositions = words.employerPrepositions();
    this.headquartersWords = words.headquartersWords();
    this.headquartersPrepositions = words.headquartersPrepositions();
  }

  /** {@code employers}: organisations this sentence names as someone's employer. */
  List<Relation> extract(RelationSentence s, List<EntityMention> all, Set<String> employers) {
    List<Relation> found = new ArrayList<>();
    basedPrefix(s, all, found);
    employerInCity(s, employers, found);
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!headquartersWords.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int j = i + 1;
      if (j < s.tokens().size() && headquartersPrepositions.contains(s.token(j).word())) {
        EntityMention place = s.entityStartingAt(j + 1);
        EntityMention before = s.organisationBefore(i);
        EntityMention org = before != null ? before : subjectOrganisation(s, i);
        if (place == null || org == null || place.type() != EntityType.LOCATION || possessive(s, s.lastToken(place) + 1)) {
          continue; // "a seat in Ruritania's parliament" places nothing in Ruritania
        }
        place.subtype().flatMap(Headquarters::slotFor).ifPresent(
            slot -> found.add(s.relation(org.canonical(), slot, place.canonical(), "headquarters", 0.8)));
        EntityMention country = place.hasSubtype(LocationSubtype.CITY) ? countryOfCity(s, s.lastToken(place) + 1) : null;
        if (country != null) {
          found.add(s.relation(org.canonical(), RelationSlot.ORG_COUNTRY_OF_HEADQUARTERS, country.canonical(), "headquarters", 0.75));
        }
      }
    }
    return found;
  }

  /**
   * "Its secretariat is located in C", "the bloc is based in C": with no organisation named before
   * the trigger, the organisation its subject (or the subject's possessor) means.
   */
  private EntityMention subjectOrganisation(RelationSentence s, int trigger) {
    if (s.sentence.dependencies().isEmpty()) {
      return null;
    }
    ParsedSentence p = new ParsedSentence(s.sentence);
    int subject = p.child(trigger, "nsubj");
    if (subject < 0) {
      return null;
    }
    int possessor = p.child(subject, "nmod:poss");
    int meant = headquartersWords.contains(p.token(subject).word().toLowerCase(Locale.ROOT)) && possessor >= 0 ? possessor : subject;
    EntityMention named = Titles.entityAt(s, meant);
    if (named != null) {
      return named.type() == EntityType.ORGANIZATION ? named : null;
    }
    return organisations.meant(s, p, meant);
  }

  /** "C, Freedonia" or "C, the capital of Freedonia" after a city: the country it lies in, or null. */
  private static EntityMention countryOfCity(RelationSentence s, int token) {
    if (token >= s.tokens().size() || !s.token(token).word().equals(",")) {
      return null;
    }
    int j = token + 1;
    if (j + 2 < s.tokens().size() && s.token(j).word().equalsIgnoreCase("the") && s.token(j + 1).word().equals("capital")
        && s.token(j + 2).word().equals("of")) {
      j += 3;
    }
    EntityMention e = s.entityStartingAt(j);
    return e != null && e.hasSubtype(LocationSubtype.COUNTRY) ? e : null;
  }

  private static boolean possessive(RelationSentence s, int token) {
    return token < s.tokens().size() && s.token(token).pos().equals("POS");
  }

  /**
   * "the Lakeland-based Tidewater Bank", "Tidewater Bank, a Lakeland-based lender": the place
   * before "-based" (a place the article names) and the organisation it qualifies.
   */
  private static void basedPrefix(RelationSentence s, List<EntityMention> all, List<Relation> found) {
    String text = s.doc.text();
    for (int i = 0; i < s.tokens().size(); i++) {
      int placeEnd = basedPlaceEnd(s, i);
      if (placeEnd < 0) {
        continue;
      }
      EntityMention place = all.stream().filter(e -> e.type() == EntityType.LOCATION)
          .filter(e -> text.startsWith(e.text(), placeEnd - e.text().length()) && wordStart(text, placeEnd - e.text().length()))
          .findFirst().orElse(null);
      int first = s.token(i).word().equals("based") ? i - 2 : i; // "C - based", split by the tokenizer
      EntityMention org = qualifiedOrganisation(s, i, first);
      if (place != null && org != null) {
        place.subtype().flatMap(Headquarters::slotFor).ifPresent(
            slot -> found.add(s.relation(org.canonical(), slot, place.canonical(), "headquarters-based", 0.8)));
      }
    }
  }

  /**
   * "an analyst at Tidewater Bank in Lakeland": someone's employer, named after an employer
   * preposition and followed by "in" and a city, is headquartered there.
   */
  private void employerInCity(RelationSentence s, Set<String> employers, List<Relation> found) {
    for (EntityMention org : s.entities) {
      int before = s.firstToken(org) - 1;
      if (before >= 0 && s.token(before).pos().equals("DT")) {
        before--;
      }
      int after = s.lastToken(org) + 1;
      boolean employed = before >= 0 && employerPrepositions.contains(s.token(before).word().toLowerCase(Locale.ROOT));
      if (org.type() != EntityType.ORGANIZATION || !employed || !employers.contains(org.canonical()) || after + 1 >= s.tokens().size()
          || !s.token(after).word().equals("in")) {
        continue;
      }
      EntityMention place = s.entityStartingAt(after + 1);
      if (place != null && place.hasSubtype(LocationSubtype.CITY)) {
        found.add(s.relation(org.canonical(), RelationSlot.ORG_CITY_OF_HEADQUARTERS, place.canonical(), "headquarters-in-city", 0.75));
      }
    }
  }

  /**
   * Where the place before "-based" ends: the token is "Lakeland-based", or the tokenizer split
   * the hyphen off and the token is "based" right after a "-"; -1 if neither.
   */
  private static int basedPlaceEnd(RelationSentence s, int i) {
    String text = s.doc.text();
    int begin = s.token(i).span().begin();
    int end = s.token(i).span().end();
    int hyphen = text.substring(begin, end).lastIndexOf("-based");
    if (hyphen > 0 && begin + hyphen + "-based".length() == end) {
      return begin + hyphen;
    }
    boolean split = s.token(i).word().equals("based") && i >= 2 && s.token(i - 1).word().equals("-");
    return split ? s.token(i - 2).span().end() : -1;
  }

  private static boolean wordStart(String text, int offset) {
    return offset == 0 || !Character.isLetter(text.charAt(offset - 1));
  }

  /** The organisation named within four words after the token, before any preposition, or the one before ", a". */
  private static EntityMention qualifiedOrganisation(RelationSentence s, int token, int first) {
    for (int j = token + 1; j < s.tokens().size() && j <= token + 4 && !s.token(j).word().equals(",")
        && !s.token(j).pos().equals("IN"); j++) { // "a Lakeland-based director of Y": the director is based there
      EntityMention e = s.entityStartingAt(j);
      if (e != null) {
        return e.type() == EntityType.ORGANIZATION ? e : null;
      }
    }
    int k = first - 1;
    if (k >= 1 && s.token(k).pos().equals("DT") && s.token(k - 1).word().equals(",")) {
      int last = k - 2 >= 0 && s.token(k - 2).word().equals(")") ? k - 3 : k - 2; // "X (XO), the C-based bloc"
      EntityMention e = s.entityEndingAt(last);
      return e != null && e.type() == EntityType.ORGANIZATION ? e : null;
    }
    return null;
  }

  /** The slot of a headquarters in a place of this subtype; none for regions, facilities, ... */
  private static Optional<RelationSlot> slotFor(LocationSubtype subtype) {
    return switch (subtype) {
      case CITY -> Optional.of(RelationSlot.ORG_CITY_OF_HEADQUARTERS);
      case COUNTRY -> Optional.of(RelationSlot.ORG_COUNTRY_OF_HEADQUARTERS);
      default -> Optional.empty();
    };
  }
}
