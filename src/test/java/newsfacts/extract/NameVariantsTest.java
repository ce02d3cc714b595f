package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameVariantsTest {
  @Test
  void acronyms() {
    assertTrue(NameVariants.isAcronymOf("NATO", "North Atlantic Treaty Organization"));
    assertTrue(NameVariants.isAcronymOf("CASS", "Chinese Academy of Social Sciences"));
    assertTrue(NameVariants.isAcronymOf("UN", "United Nations"));
    assertFalse(NameVariants.isAcronymOf("UN", "United States"));
    assertFalse(NameVariants.isAcronymOf("Un", "United Nations"));
    assertFalse(NameVariants.isAcronymOf("US", "US"));
  }

  @Test
  void partialPersonNames() {
    assertTrue(NameVariants.isPartOfPersonName("Lavrov", "Sergey Lavrov"));
    assertFalse(NameVariants.isPartOfPersonName("Sergey Lavrov", "Sergey Lavrov"));
    assertFalse(NameVariants.isPartOfPersonName("Putin", "Sergey Lavrov"));
  }
}
