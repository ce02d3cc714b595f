package newsfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsfacts.model.Relation;

/**
 * Relations as (subject, relation, object) triples of an article with normalised names (see
 * {@link Names}); duplicate triples count once. Per relation type and overall.
 */
final class RelationScorer {
  static final String LAYER = "relations";

  private RelationScorer() {}

  record Triple(String subject, String relation, String object) {
    static Triple of(Relation r) {
      return new Triple(Names.normalise(r.subject()), r.relation().writtenName(), Names.normalise(r.object()));
    }
  }

  static LayerScore score(List<DocumentPair> docs) {
    LayerScore.Builder out = new LayerScore.Builder(LAYER);
    TreeSet<String> relations = new TreeSet<>();
    for (DocumentPair d : docs) {
      d.gold().relations().forEach(r -> relations.add(r.relation().writtenName()));
      d.pred().relations().forEach(r -> relations.add(r.relation().writtenName()));
    }
    for (String relation : relations) {
      out.score("triple", relation, DocumentPair.sum(docs, d -> counts(
          filter(triples(d.gold().relations()), relation), filter(triples(d.pred().relations()), relation))));
    }
    out.score("triple", "ALL",
        DocumentPair.sum(docs, d -> counts(triples(d.gold().relations()), triples(d.pred().relations()))));
    out.macro("triple");
    docs.forEach(d -> explain(out, d));
    return out.build();
  }

  /** Missed and spurious facts of one article, and its counts. */
  private static void explain(LayerScore.Builder out, DocumentPair d) {
    Set<Triple> gold = triples(d.gold().relations());
    Set<Triple> pred = triples(d.pred().relations());
    for (Relation r : unique(d.gold().relations())) {
      if (!pred.contains(Triple.of(r))) {
        out.error(d.docId(), "missed", -1, -1, "", r.subject() + " | " + r.relation() + " | " + r.object(), "");
        out.document(d.docId(), new Counts(0, 0, 1));
      } else {
        out.document(d.docId(), new Counts(1, 0, 0));
      }
    }
    for (Relation r : unique(d.pred().relations())) {
      if (!gold.contains(Triple.of(r))) {
        out.error(d.docId(), "spurious", -1, -1, "", "", r.subject() + " | " + r.relation() + " | " + r.object());
        out.document(d.docId(), new Counts(0, 1, 0));
      }
    }
  }

  /** The first relation of each triple. */
  private static List<Relation> unique(List<Relation> relations) {
    Set<Triple> seen = new LinkedHashSet<>();
    List<Relation> result = new ArrayList<>();
    for (Relation r : relations) {
      if (seen.add(Triple.of(r))) {
        result.add(r);
      }
    }
    return result;
  }

  private static Set<Triple> triples(List<Relation> relations) {
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
