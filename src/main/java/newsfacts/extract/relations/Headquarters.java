package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

  Headquarters(RelationWords words) {
    this.headquartersWords = words.headquartersWords();
    this.headquartersPrepositions = words.headquartersPrepositions();
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!headquartersWords.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int j = i + 1;
      if (j < s.tokens().size() && headquartersPrepositions.contains(s.token(j).word())) {
        EntityMention place = s.entityStartingAt(j + 1);
        EntityMention org = s.organisationBefore(i);
        if (place == null || org == null || place.type() != EntityType.LOCATION) {
          continue;
        }
        place.subtype().flatMap(Headquarters::slotFor).ifPresent(
            slot -> found.add(s.relation(org.canonical(), slot, place.canonical(), "headquarters", 0.8)));
      }
    }
    return found;
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
