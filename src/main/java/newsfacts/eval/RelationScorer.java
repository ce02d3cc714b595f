package newsfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Relations as (document, subject, relation, object) triples with normalised names (see
 * {@link Names}); duplicate triples count once. Per relation type and overall.
 */
public final class RelationScorer {
  static final String LAYER = "relations";

  private RelationScorer() {}

  record Triple(String docId, String subject, String relation, String object) {
    static Triple of(Items.Relation r) {
      return new Triple(r.docId(), Names.normalise(r.subject()), r.relation(), Names.normalise(r.object()));
    }
  }

  static LayerScore score(List<Items.Relation> gold, List<Items.Relation> pred) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    Set<Triple> g = triples(gold);
    Set<Triple> p = triples(pred);
    TreeSet<String> relations = new TreeSet<>();
    g.forEach(t -> relations.add(t.relation()));
    p.forEach(t -> relations.add(t.relation()));
    for (String relation : relations) {
      out.score("triple", relation, counts(filter(g, relation), filter(p, relation)));
    }
    out.score("triple", "ALL", counts(g, p));
    out.macro("triple");
    for (Items.Relation r : unique(gold)) {
      if (!p.contains(Triple.of(r))) {
        out.error(r.docId(), "missed", -1, -1, "", r.subject() + " | " + r.relation() + " | " + r.object(), "");
        out.document(r.docId(), new Counts(0, 0, 1));
      } else {
        out.document(r.docId(), new Counts(1, 0, 0));
      }
    }
    for (Items.Relation r : unique(pred)) {
      if (!g.contains(Triple.of(r))) {
        out.error(r.docId(), "spurious", -1, -1, "", "", r.subject() + " | " + r.relation() + " | " + r.object());
        out.document(r.docId(), new Counts(0, 1, 0));
      }
    }
    return out.build();
  }

  private static List<Items.Relation> unique(List<Items.Relation> relations) {
    Set<Triple> seen = new LinkedHashSet<>();
    List<Items.Relation> result = new ArrayList<>();
    for (Items.Relation r : relations) {
      if (seen.add(Triple.of(r))) {
        result.add(r);
      }
    }
    return result;
  }

  private static Set<Triple> triples(List<Items.Relation> relations) {
    Set<Triple> set = new LinkedHashSet<>();
    relations.forEach(r -> set.add(Triple.of(r)));
    return set;
  }

  private static Set<Triple> filter(Set<Triple> triples, String relation) {
    Set<Triple> set = new LinkedHashSet<>();
    triples.stream().filter(t -> t.relation().equals(relation)).forEach(set::add);
    return set;
  }

  private static Counts counts(Set<Triple> gold, Set<Triple> pred) {
    int tp = (int) pred.stream().filter(gold::contains).count();
    return new Counts(tp, pred.size() - tp, gold.size() - tp);
  }
}
