package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsfacts.extract.RelationWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.Relation;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;

/**
 * Facts between canonical entities, from general English patterns: titles and employers
 * (premodifiers, appositions, bylines), members and observers of an organisation, founding date,
 * place and founders, and acronyms. Precision first: every argument is a typed entity of the
 * article. Each fact is kept once, with the first sentence that states it.
 */
public final class RelationExtractor {
  private final PersonRoles roles;
  private final DependencyRoles dependencyRoles;
  private final Membership membership;
  private final Founding founding;
  private final Headquarters headquarters;

  public RelationExtractor(RelationWords words, Map<String, String> demonyms) {
    this.roles = new PersonRoles(words, demonyms);
    this.dependencyRoles = new DependencyRoles(words, roles);
    this.membership = new Membership(words);
    this.founding = new Founding(words);
    this.headquarters = new Headquarters(words);
  }

  public List<Relation> extract(AnnotatedArticle doc, List<EntityMention> entities, List<Timex> dates) {
    Map<String, Relation> facts = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      RelationSentence view = new RelationSentence(doc, s, entities, dates);
      List<Relation> found = new ArrayList<>();
      found.addAll(roles.extract(view));
      found.addAll(dependencyRoles.extract(view));
      found.addAll(membership.extract(view, entities));
      found.addAll(founding.extract(view, entities));
      found.addAll(headquarters.extract(view));
      for (Relation r : found) {
        facts.putIfAbsent(factKey(r), r);
      }
    }
    for (Relation r : AlternateNames.extract(doc, entities)) {
      facts.putIfAbsent(factKey(r), r);
    }
    return new ArrayList<>(facts.values());
  }

  private static String factKey(Relation r) {
    return r.subject() + "\u0000" + r.relation().writtenName() + "\u0000" + r.object();
  }
}
