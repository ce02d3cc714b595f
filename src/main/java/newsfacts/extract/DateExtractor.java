package newsfacts.extract;

import java.util.ArrayList;
import java.util.List;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.Timex;

/** Time expressions as the annotator anchored them, minus years that belong to a name. */
final class DateExtractor {

  List<Timex> extract(AnnotatedArticle doc, List<EntityMention> entities) {
    List<Timex> dates = new ArrayList<>();
    for (Timex t : doc.timexes()) {
      if (insideName(t, entities)) {
        continue;
      }
      dates.add(t);
    }
    return dates;
  }

  private static boolean insideName(Timex t, List<EntityMention> entities) {
    return entities.stream().anyMatch(e -> e.span().contains(t.span()));
  }
}
