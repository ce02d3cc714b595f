package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsfacts.model.RelationSlot;
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
  private final PersonPlaces personPlaces;
  private final Membership membership;
  private final MembershipClauses membershipClauses = new MembershipClauses();
  private final Founding founding;
  private final Headquarters headquarters;
  private final EmploymentVerbs employmentVerbs;
  private final RoleVerbs roleVerbs;
  private final Counterparts counterparts;
  private final NamedPosts namedPosts;

  public RelationExtractor(RelationWords words, Map<String, String> demonyms) {
    this.roles = new PersonRoles(words, demonyms);
    this.dependencyRoles = new DependencyRoles(words, roles);
    this.personPlaces = new PersonPlaces(words, demonyms);
    this.membership = new Membership(words);
    this.founding = new Founding(words);
    this.headquarters = new Headquarters(words);
    this.employmentVerbs = new EmploymentVerbs(words);
    this.roleVerbs = new RoleVerbs(words, dependencyRoles);
    this.counterparts = new Counterparts(demonyms);
    this.namedPosts = new NamedPosts(words, dependencyRoles);
  }

  public List<Relation> extract(AnnotatedArticle doc, List<EntityMention> entities, List<Timex> dates) {
    Map<String, Relation> facts = new LinkedHashMap<>();
    List<List<EntityMention>> entitiesBySentence = bySentence(doc.sentences(), entities, EntityMention::span);
    List<List<Timex>> datesBySentence = bySentence(doc.sentences(), dates, Timex::span);
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      RelationSentence view = new RelationSentence(doc, s, entitiesBySentence.get(i), datesBySentence.get(i), entities);
      List<Relation> found = new ArrayList<>();
      found.addAll(roles.extract(view));
      found.addAll(dependencyRoles.extract(view));
      found.addAll(namedPosts.extract(view));
      found.addAll(employmentVerbs.extract(view));
      found.addAll(roleVerbs.extract(view));
      found.addAll(counterparts.extract(view));
      found.addAll(personPlaces.extract(view));
      found.addAll(membership.extract(view, entities));
      found.addAll(membershipClauses.extract(view, entities));
      found.addAll(founding.extract(view, entities));
      Set<String> employers = found.stream().filter(r -> r.relation() == RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF)
          .map(Relation::object).collect(Collectors.toSet());
      found.addAll(headquarters.extract(view, entities, employers));
      for (Relation r : found) {
        facts.putIfAbsent(factKey(r), r);
      }
    }
    for (Relation r : AlternateNames.extract(doc, entities)) {
      facts.putIfAbsent(factKey(r), r);
    }
    List<Relation> result = new ArrayList<>(facts.values());
    result.removeIf(r -> isShortenedTitle(r, result));
    return result;
  }

  /** "Colonel" after "Lieutenant Colonel": a shortened repeat of a person's title is no new title. */
  private static boolean isShortenedTitle(Relation r, List<Relation> all) {
    if (r.relation() != RelationSlot.PER_TITLE) {
      return false;
    }
    String title = r.object().toLowerCase(java.util.Locale.ROOT);
    return all.stream().filter(o -> o.relation() == RelationSlot.PER_TITLE && o.subject().equals(r.subject()))
        .map(o -> o.object().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(o -> o.length() > title.length() && (o.endsWith(" " + title) || o.startsWith(title + " ")));
  }

  private static String factKey(Relation r) {
    return r.subject() + "\u0000" + r.relation().writtenName() + "\u0000" + r.object();
  }

  /**
   * The items each sentence contains, in their order: sentences are in text order, so a binary
   * search finds the first that can contain an item (one pass per item, not per sentence and item).
   */
  static <T> List<List<T>> bySentence(List<Sentence> sentences, List<T> items,
      java.util.function.Function<T, newsfacts.model.CharSpan> span) {
    List<List<T>> buckets = new ArrayList<>();
    sentences.forEach(s -> buckets.add(new ArrayList<>()));
    for (T item : items) {
      newsfacts.model.CharSpan at = span.apply(item);
      int low = 0;
      int high = sentences.size();
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (sentences.get(middle).span().end() < at.end()) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      for (int i = low; i < sentences.size() && sentences.get(i).span().begin() <= at.begin(); i++) {
        if (sentences.get(i).span().contains(at)) {
          buckets.get(i).add(item);
        }
      }
    }
    return buckets;
  }
}
