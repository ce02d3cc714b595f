package newsfacts.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newsfacts.extract.dates.DatesStep;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.extract.quotes.QuotesStep;
import newsfacts.extract.relations.RelationsStep;
import newsfacts.model.Layer;

/** The ordered list of extraction steps, and the check that each one gets what it needs. */
public final class Steps {
  private Steps() {}

  /** Entities, then dates, quotes and relations, which all read the entities. */
  public static List<Step> standard(Lexicon lexicon) {
    return List.of(new EntitiesStep(lexicon), new DatesStep(lexicon), new QuotesStep(lexicon), new RelationsStep(lexicon));
  }

  /**
   * Checks, before any article is read, that every step's needs are met by the annotations
   * {@code provided} or by an earlier step.
   *
   * @throws MissingLayerException naming the first step that would go without and what it misses
   */
  public static void check(Set<Layer> provided, List<Step> steps) {
    Set<Layer> available = provided.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(provided);
    for (Step step : steps) {
      List<Layer> missing = new ArrayList<>();
      for (Layer layer : step.needs()) {
        if (!available.contains(layer)) {
          missing.add(layer);
        }
      }
      if (!missing.isEmpty()) {
        missing.sort(null);
        throw new MissingLayerException("step '" + step.name() + "' needs " + missing
            + ", which the configured annotators do not provide (they provide " + sorted(provided) + ")");
      }
      available.addAll(step.adds());
    }
  }

  private static List<Layer> sorted(Set<Layer> layers) {
    List<Layer> list = new ArrayList<>(layers);
    list.sort(null);
    return list;
  }
}
