package newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoriesTest {
  @Test
  void relationSlotsReadBackFromTheirWrittenNames() {
    for (RelationSlot slot : RelationSlot.values()) {
      assertEquals(Optional.of(slot), RelationSlot.fromWrittenName(slot.writtenName()));
    }
    assertEquals("per:title", RelationSlot.PER_TITLE.writtenName());
    assertEquals(Optional.empty(), RelationSlot.fromWrittenName("per:LOCATION_of_birth"));
  }

  @Test
  void unknownTagsAreOther() {
    assertEquals(NerTag.CITY, NerTag.of("CITY"));
    assertEquals(NerTag.O, NerTag.of("O"));
    assertEquals(NerTag.OTHER, NerTag.of("SPACESHIP"));
  }

  @Test
  void placeTagsGiveTheirSubtypeAndTimeTagsTheirType() {
    assertEquals(Optional.of(LocationSubtype.COUNTRY), NerTag.COUNTRY.placeSubtype());
    assertTrue(NerTag.LOCATION.isPlace());
    assertEquals(Optional.empty(), NerTag.LOCATION.placeSubtype());
    assertEquals(Optional.of(TimexType.DURATION), NerTag.DURATION.timexType());
    assertEquals(Optional.empty(), NerTag.PERSON.timexType());
  }

  @Test
  void onlyLocationsHaveASubtype() {
    CharSpan span = new CharSpan(0, 4);
    EntityMention place = new EntityMention(span, "Oslo", EntityType.LOCATION, Optional.empty(), 0, "Oslo");
    assertTrue(place.withSubtype(LocationSubtype.CITY).hasSubtype(LocationSubtype.CITY));
    assertEquals(Optional.empty(), place.withSubtype(LocationSubtype.CITY).withType(EntityType.ORGANIZATION).subtype());
    assertThrows(IllegalArgumentException.class, () -> new EntityMention(span, "Oslo", EntityType.PERSON,
        Optional.of(LocationSubtype.CITY), 0, "Oslo"));
  }
}
