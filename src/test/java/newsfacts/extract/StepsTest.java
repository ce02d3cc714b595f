package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newsfacts.model.Layer;
import org.junit.jupiter.api.Test;

/** The steps are checked against what the annotators provide before anything runs. */
class StepsTest {
  private static final Set<Layer> FULL =
      EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES, Layer.FINE_NER, Layer.TIMEX);

  private static Step step(String name, Set<Layer> needs, Set<Layer> adds) {
    return new Step() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> needs() {
        return needs;
      }

      @Override
      public Set<Layer> adds() {
        return adds;
      }

      @Override
      public Document apply(Document document) {
        return document;
      }
    };
  }

  @Test
  void theStandardStepsRunOnTheDefaultAnnotators() {
    Steps.check(FULL, Steps.standard(Lexicon.load()));
  }

  @Test
  void withoutADependencyParseTheQuotesStepIsNamedWithWhatItMisses() {
    Set<Layer> noParse = EnumSet.copyOf(FULL);
    noParse.remove(Layer.DEPENDENCIES);
    MissingLayerException e =
        assertThrows(MissingLayerException.class, () -> Steps.check(noParse, Steps.standard(Lexicon.load())));
    assertEquals("step 'quotes' needs [DEPENDENCIES], which the configured annotators do not provide"
        + " (they provide [TOKENS, POS, LEMMAS, FINE_NER, TIMEX])", e.getMessage());
  }

  @Test
  void aLayerAddedByAnEarlierStepCountsButNotOneAddedLater() {
    Step first = step("first", Set.of(Layer.TOKENS), Set.of(Layer.ENTITIES));
    Step second = step("second", Set.of(Layer.ENTITIES), Set.of(Layer.QUOTES));
    Steps.check(Set.of(Layer.TOKENS), List.of(first, second));
    MissingLayerException e = assertThrows(MissingLayerException.class,
        () -> Steps.check(Set.of(Layer.TOKENS), List.of(second, first)));
    assertEquals("step 'second' needs [ENTITIES], which the configured annotators do not provide"
        + " (they provide [TOKENS])", e.getMessage());
  }

  @Test
  void everyStandardStepAddsWhatALaterOneNeeds() {
    List<Step> steps = Steps.standard(Lexicon.load());
    assertEquals(List.of("entities", "dates", "quotes", "relations"), steps.stream().map(Step::name).toList());
    assertEquals(Set.of(Layer.ENTITIES), steps.get(0).adds());
    assertEquals(Set.of(Layer.RELATIONS), steps.get(3).adds());
  }
}
