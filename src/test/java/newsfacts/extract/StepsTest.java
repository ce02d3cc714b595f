package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newsfacts.model.Layer;
import org.junit.jupiter.api.Test;

/** The standard steps declare what they read and add, and the check refuses a step left without. */
class StepsTest {
  private static final Set<Layer> ANNOTATIONS =
      EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES, Layer.FINE_NER, Layer.TIMEX);
  private static final List<Step> STANDARD = Steps.standard(Docs.lexicon());

  @Test
  void theStandardStepsEachAddTheirOwnLayerInOrder() {
    assertEquals(List.of("entities", "dates", "quotes", "relations"), STANDARD.stream().map(Step::name).toList());
    assertEquals(List.of(Set.of(Layer.ENTITIES), Set.of(Layer.DATES), Set.of(Layer.QUOTES), Set.of(Layer.RELATIONS)),
        STANDARD.stream().map(Step::adds).toList());
  }

  @Test
  void theAnnotationLayersAreEnoughForTheStandardSteps() {
    assertDoesNotThrow(() -> Steps.check(ANNOTATIONS, STANDARD));
  }

  @Test
  void aMissingAnnotationNamesTheFirstStepThatNeedsIt() {
    Set<Layer> noTimex = EnumSet.copyOf(ANNOTATIONS);
    noTimex.remove(Layer.TIMEX);
    MissingLayerException e = assertThrows(MissingLayerException.class, () -> Steps.check(noTimex, STANDARD));
    assertEquals("step 'dates' needs [TIMEX], which the configured annotators do not provide (they provide"
        + " [TOKENS, POS, LEMMAS, DEPENDENCIES, FINE_NER])", e.getMessage());
  }

  @Test
  void aLayerAddedOnlyByALaterStepDoesNotCount() {
    List<Step> relationsFirst = List.of(STANDARD.get(3), STANDARD.get(0), STANDARD.get(1), STANDARD.get(2));
    MissingLayerException e = assertThrows(MissingLayerException.class, () -> Steps.check(ANNOTATIONS, relationsFirst));
    assertTrue(e.getMessage().startsWith("step 'relations' needs [ENTITIES, DATES],"), e.getMessage());
  }
}
