package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * org:member_of and org:observer_of from lists of countries introduced by a membership word:
 * "X, which groups A, B and C", "X has six members - A, B, C", "X member nations -- A, B",
 * "A and B have observer status", "X observers, including A". The organisation is the nearest
 * one before the trigger, else (for observers) the last one named before the sentence.
 */
public final class Membership {
  private final Set<String> membershipWords;
  private final Set<String> listFillers;
  private final Set<String> listOpeners;

  Membership(RelationWords words) {
    this.membershipWords = words.membershipWords();
    this.listFillers = words.memberListFillers();
    this.listOpeners = words.listOpeners();
  }

  List<Relation> extract(RelationSentence s, List<EntityMention> all) {
    List<Relation> found = new ArrayList<>();
    int n = s.tokens().size();
    for (int i = 0; i < n; i++) {
      String word = s.token(i).word().toLowerCase(Locale.ROOT);
      boolean member = membershipWords.contains(word);
      boolean observer = word.startsWith("observer");
      if (!member && !observer) {
        continue;
      }
      List<EntityMention> countries = listAfter(s, i + 1);
      if (observer && countries.isEmpty()) {
        countries = listBefore(s, i);
      }
      EntityMention org = organisationBefore(s, i, observer ? all : List.of());
      if (org == null) {
        continue;
      }
      RelationSlot relation = observer ? RelationSlot.ORG_OBSERVER_OF : RelationSlot.ORG_MEMBER_OF;
      for (EntityMention c : countries) {
        found.add(s.relation(c.canonical(), relation, org.canonical(), observer ? "observer-list" : "member-list", 0.85));
      }
    }
    return found;
  }

  private List<EntityMention> listAfter(RelationSentence s, int from) {
    int i = from;
    while (i < s.tokens().size() && (listFillers.contains(s.token(i).word().toLowerCase(Locale.ROOT))
        || s.token(i).pos().equals("CD") || isCommaBeforeListOpener(s, i))) {
      i++;
    }
    List<EntityMention> list = new ArrayList<>();
    while (i < s.tokens().size()) {
      EntityMention e = s.entityStartingAt(i);
      if (!isCountry(e) || isPossessive(s, s.lastToken(e) + 1)) {
        break;
      }
      list.add(e);
      i = s.lastToken(e) + 1;
      while (i < s.tokens().size() && (s.token(i).word().equals(",") || s.token(i).word().equals("and")
          || s.token(i).word().equals("the"))) {
        i++;
      }
    }
    return list.size() >= 1 && (list.size() >= 2 || from > 0) ? list : List.of();
  }

  /** "A, B and C have observer status": the list ending a few words before the trigger. */
  private static List<EntityMention> listBefore(RelationSentence s, int trigger) {
    int i = trigger - 1;
    while (i >= 0 && trigger - i <= 3 && s.entityEndingAt(i) == null) {
      i--;
    }
    List<EntityMention> list = new ArrayList<>();
    while (i >= 0) {
      EntityMention e = s.entityEndingAt(i);
      if (!isCountry(e)) {
        break;
      }
      list.add(0, e);
      i = s.firstToken(e) - 1;
      while (i >= 0 && (s.token(i).word().equals(",") || s.token(i).word().equals("and"))) {
        i--;
      }
    }
    return list;
  }

  private static EntityMention organisationBefore(RelationSentence s, int trigger, List<EntityMention> all) {
    EntityMention best = s.organisationBefore(trigger);
    if (best == null) {
      for (EntityMention e : all) {
        if (e.type() == EntityType.ORGANIZATION && e.span().end() <= s.evidence.begin() && !isNewsOrganisation(s, e)) {
          best = e;
        }
      }
    }
    return best;
  }

  /** Bylines and credits name news organisations; they are not what a membership list is about. */
  private static boolean isNewsOrganisation(RelationSentence s, EntityMention e) {
    int lineStart = s.doc.text().lastIndexOf('\n', e.span().begin()) + 1;
    return s.doc.text().startsWith("By ", lineStart);
  }

  /** ", including A and B" opens a list; a bare comma ("member nations, Freedonia's envoy") does not. */
  private boolean isCommaBeforeListOpener(RelationSentence s, int i) {
    return s.token(i).word().equals(",") && i + 1 < s.tokens().size()
        && listOpeners.contains(s.token(i + 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean isPossessive(RelationSentence s, int i) {
    return i < s.tokens().size() && s.token(i).pos().equals("POS");
  }

  private static boolean isCountry(EntityMention e) {
    return e != null && e.hasSubtype(LocationSubtype.COUNTRY);
  }
}
