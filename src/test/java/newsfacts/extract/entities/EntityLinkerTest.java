package newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.Docs;
import newsfacts.extract.NameVariants;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import org.junit.jupiter.api.Test;

/** Canonical names: the nearest fuller person name, acronyms and longer organisation names; time linear in mentions. */
class EntityLinkerTest {
  private static final EntityLinker LINKER = new EntityLinker(new NameVariants(Set.of("of", "the")),
      Docs.lexicon().speakers(), EntitiesStep.titleWords(Docs.lexicon()));

  private static List<String> canonicals(Object... typesAndNames) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < typesAndNames.length; i += 2) {
      String name = (String) typesAndNames[i + 1];
      mentions.add(EntityMention.of(new CharSpan(i * 100, i * 100 + name.length()), name, (EntityType) typesAndNames[i], i));
    }
    return LINKER.link(" ".repeat(typesAndNames.length * 100), mentions).stream().map(EntityMention::canonical).toList();
  }

  @Test
  void aPartialNameFollowsFullerNamesBackThenTakesTheNearestAfter() {
    EntityType p = EntityType.PERSON;
    assertEquals(List.of("Maria Anna Lindqvist", "Maria Anna Lindqvist", "Maria Anna Lindqvist", "Maria Anna Lindqvist"),
        canonicals(p, "Maria Anna Lindqvist", p, "Maria Lindqvist", p, "Lindqvist", p, "Maria  Lindqvist").subList(0, 4));
    assertEquals(List.of("Oskar Brandt", "Oskar Brandt", "Petra Brandt"),
        canonicals(p, "Brandt", p, "Oskar Brandt", p, "Petra Brandt"));
  }

  @Test
  void organisationsTakeTheLongestNameTheyBeginOrAbbreviateFirstMetOnTies() {
    EntityType o = EntityType.ORGANIZATION;
    assertEquals(List.of("Harbour Survey Office", "Harbour Survey Office", "Harbour Survey Office", "Harbour Sailing Club"),
        canonicals(o, "HSO", o, "Harbour Survey Office", o, "Harbour", o, "Harbour Sailing Club"));
  }

  @Test
  void fortyThousandMentionsLinkInSeconds() {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      String name = i % 2 == 0 ? String.format(Locale.ROOT, "Name%d Family%d", i % 4_000, i % 3_000)
          : String.format(Locale.ROOT, "Family%d", i % 3_000);
      EntityType type = i % 5 == 0 ? EntityType.ORGANIZATION : EntityType.PERSON;
      mentions.add(EntityMention.of(new CharSpan(i * 30, i * 30 + name.length()), name, type, i));
    }
    String text = " ".repeat(40_000 * 30);
    // Comparing every mention with every other took hours; linear look-ups take well under a second.
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(40_000, LINKER.link(text, mentions).size()));
  }
}
