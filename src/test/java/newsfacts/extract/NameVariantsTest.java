package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameVariantsTest {
  private final NameVariants names = new NameVariants(EntityWords.load().acronymSkippedWords());

  @Test
  void acronyms() {
    assertTrue(names.isAcronymOf("NATO", "North Atlantic Treaty Organization"));
    assertTrue(names.isAcronymOf("CASS", "Chinese Academy of Social Sciences"));
    assertTrue(names.isAcronymOf("UN", "United Nations"));
    assertFalse(names.isAcronymOf("UN", "United States"));
    assertFalse(names.isAcronymOf("Un", "United Nations"));
    assertFalse(names.isAcronymOf("US", "US"));
  }

  @Test
  void partialPersonNames() {
    assertTrue(NameVariants.isPartOfPersonName("Lavrov", "Sergey Lavrov"));
    assertFalse(NameVariants.isPartOfPersonName("Sergey Lavrov", "Sergey Lavrov"));
    assertFalse(NameVariants.isPartOfPersonName("Putin", "Sergey Lavrov"));
  }
}
